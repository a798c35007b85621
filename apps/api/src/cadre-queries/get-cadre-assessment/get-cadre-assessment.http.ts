import { Controller, Get, Inject, NotFoundException, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import type { JurisdictionCalendar } from '@dutyledger/domain';
import { CALENDAR, CONFIG, READ_MODELS } from '@dutyledger/wiring';
import { type AssessmentBrief, assessmentBrief } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { PERSONAL_DETAILS_ROLES } from '../../platform/auth/personal-details';
import { UuidParam } from '../../platform/http/uuid-param';
import { ComplianceYearPipe } from '../../compliance-queries/compliance-year';
import { complianceReading } from '../../compliance-queries/compliance-reading';

@ApiTags('cadres')
@Controller('cadres')
export class GetCadreAssessmentController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
  ) {}

  @Get(':cadreId/assessments/:year')
  @Allow(...PERSONAL_DETAILS_ROLES)
  @ApiOperation({
    summary:
      'What the assessor sees beside the form: the year’s report, assessment, bands and departments',
    description:
      '{cadreId, name, year, report: {year, statement, submittedAt, sourceEventIds} | null, assessment (the record that stands) | null, records (every record, corrections too), gradeBands: {EXCELLENT, COMPETENT, BASICALLY_COMPETENT}, posts (tenures that overlapped the year), departments: [{departmentId, name, score, grade, indicators, postIds}]}: the compliance score and grade, that year, of the department of each post the cadre held in it. Years are those of DUTYLEDGER_TIME_ZONE.',
  })
  @ApiOkResponse({ description: 'The assessor’s brief (see the description)' })
  @ApiBadRequestResponse({ description: 'cadreId or year malformed (VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ description: 'No such cadre (or not projected yet)' })
  @ApiForbiddenResponse({ description: 'Personal details: not for VIEWER' })
  async get(
    @UuidParam('cadreId') cadreId: string,
    @Param('year', ComplianceYearPipe) year: number,
  ): Promise<AssessmentBrief> {
    const reading = complianceReading(this.config, this.calendar);
    const brief = await assessmentBrief(this.readModels, cadreId, year, reading);
    if (brief === null) throw new NotFoundException(`Cadre ${cadreId} was not found`);
    return brief;
  }
}

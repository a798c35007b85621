import { Controller, Get, Inject, NotFoundException, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import type { JurisdictionCalendar } from '@dutyledger/domain';
import { CALENDAR, CONFIG, READ_MODELS } from '@dutyledger/wiring';
import { complianceDepartments, complianceOfYear } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { complianceReading } from '../compliance-reading';
import { Allow } from '../../platform/auth/access.decorator';
import { ComplianceReportView } from '../compliance.view';
import { ListComplianceQuery } from './list-compliance.dto';

@ApiTags('compliance')
@ApiBearerAuth()
@Controller('compliance')
export class ListComplianceController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
  ) {}

  @Get()
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary:
      'Compliance of every department in a year: own and rolled-up figures, indicators, score, grade',
    description:
      'One entry per department of the hierarchy (bounded by it, so not paged), each before the ' +
      'departments under it. Years are those of DUTYLEDGER_TIME_ZONE. Scored with the configured ' +
      'weights and graded with the assessment grade bands, which the answer repeats.',
  })
  @ApiOkResponse({ type: ComplianceReportView })
  @ApiBadRequestResponse({ description: 'year or parentId malformed (VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ description: 'No department parentId' })
  async list(@Query() query: ListComplianceQuery): Promise<ComplianceReportView> {
    const departments = await complianceDepartments(this.readModels);
    const { parentId } = query;
    if (parentId && !departments.some((department) => department.departmentId === parentId)) {
      throw new NotFoundException(`Department ${parentId} was not found`);
    }
    const reading = complianceReading(this.config, this.calendar);
    const report = await complianceOfYear(this.readModels, query.year, reading);
    return {
      year: query.year,
      weights: { ...reading.weights },
      gradeBands: { ...reading.bands },
      departments: parentId ? report.filter((entry) => entry.parentId === parentId) : report,
    };
  }
}

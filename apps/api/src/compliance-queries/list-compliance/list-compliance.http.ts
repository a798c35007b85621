import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { ACCIDENT_WEIGHTS, type JurisdictionCalendar } from '@dutyledger/domain';
import { CALENDAR, CONFIG, READ_MODELS } from '@dutyledger/wiring';
import type { DataSource } from 'typeorm';
import { compliancePage } from '../compliance-page';
import { complianceReading } from '../compliance-reading';
import { Allow } from '../../platform/auth/access.decorator';
import { ComplianceReportView } from '../compliance.view';
import { ListComplianceQuery } from './list-compliance.dto';

@ApiTags('compliance')
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
      'One entry per department of the hierarchy, each before the departments under it, paged ' +
      '(pageSize default 20, at most 100; `total` counts them all): the whole hierarchy, one ' +
      'subtree (`department`) or the departments directly under `parentId`. Years are those of ' +
      'DUTYLEDGER_TIME_ZONE. Scored with the configured weights and graded with the assessment ' +
      'grade bands, which the answer repeats.',
  })
  @ApiOkResponse({ type: ComplianceReportView })
  @ApiBadRequestResponse({
    description:
      'year, department, parentId, page or pageSize malformed or out of bounds (VALIDATION_FAILED)',
  })
  @ApiNotFoundResponse({ description: 'No department `department` or `parentId`' })
  async list(@Query() query: ListComplianceQuery): Promise<ComplianceReportView> {
    const reading = complianceReading(this.config, this.calendar);
    const answer = await compliancePage(this.readModels, query, reading);
    return {
      year: query.year,
      weights: { ...reading.weights },
      gradeBands: { ...reading.bands },
      accidentWeights: { ...ACCIDENT_WEIGHTS },
      departments: answer.items,
      page: answer.page,
      pageSize: answer.pageSize,
      total: answer.total,
    };
  }
}

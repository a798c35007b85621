import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import type { JurisdictionCalendar } from '@dutyledger/domain';
import { CALENDAR, CLOCK, type Clock, CONFIG, READ_MODELS } from '@dutyledger/wiring';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { compliancePage } from '../compliance-page';
import { complianceReading } from '../compliance-reading';
import { DepartmentAssessmentsQuery } from './department-assessments.dto';
import { DepartmentAssessmentsView } from './department-assessments.view';

@ApiTags('compliance')
@Controller('compliance')
export class DepartmentAssessmentsController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('assessments')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary: 'The departments’ annual comprehensive work-safety assessment: score and grade',
    description:
      'Per department, its compliance score of the year (README, "Compliance score") and the ' +
      'grade that score earns under the assessment grade bands, the same bands as the cadres’ ' +
      'annual assessments. Aggregates only: every role may read it. Paged as GET /compliance ' +
      '(pageSize default 20, at most 100; `total` counts them all): the whole hierarchy, one ' +
      'subtree (`department`) or the departments directly under `parentId`.',
  })
  @ApiOkResponse({ type: DepartmentAssessmentsView })
  @ApiBadRequestResponse({
    description:
      'year, department, parentId, page or pageSize malformed or out of bounds (VALIDATION_FAILED)',
  })
  @ApiNotFoundResponse({ description: 'No department `department` or `parentId`' })
  async list(@Query() query: DepartmentAssessmentsQuery): Promise<DepartmentAssessmentsView> {
    const reading = complianceReading(this.config, this.calendar);
    const answer = await compliancePage(this.readModels, query, reading);
    const thisYear = this.calendar.yearOf(this.clock().toISOString());
    return {
      year: query.year,
      provisional: query.year >= thisYear,
      gradeBands: { ...reading.bands },
      weights: { ...reading.weights },
      page: answer.page,
      pageSize: answer.pageSize,
      total: answer.total,
      departments: answer.items.map(
        ({ departmentId, name, level, kind, parentId, score, grade, indicators }) => ({
          departmentId,
          name,
          level,
          kind,
          parentId,
          score,
          grade,
          indicators,
        }),
      ),
    };
  }
}

import { Controller, Get, Inject, NotFoundException, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import type { JurisdictionCalendar } from '@dutyledger/domain';
import { CALENDAR, CONFIG, READ_MODELS } from '@dutyledger/wiring';
import { departmentComplianceOfYear } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { complianceReading } from '../compliance-reading';
import { Allow } from '../../platform/auth/access.decorator';
import { UuidParam } from '../../platform/http/uuid-param';
import { ComplianceYearPipe } from '../compliance-year';
import { OneComplianceView } from '../compliance.view';

@ApiTags('compliance')
@Controller('compliance')
export class GetDepartmentComplianceController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
  ) {}

  @Get(':departmentId/:year')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary: 'One department in a year: own and rolled-up figures, indicators, score, grade',
  })
  @ApiOkResponse({ type: OneComplianceView })
  @ApiBadRequestResponse({ description: 'departmentId or year malformed (VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ description: 'No such department (or not projected yet)' })
  async get(
    @UuidParam('departmentId') departmentId: string,
    @Param('year', ComplianceYearPipe) year: number,
  ): Promise<OneComplianceView> {
    const reading = complianceReading(this.config, this.calendar);
    const entry = await departmentComplianceOfYear(this.readModels, departmentId, year, reading);
    if (!entry) throw new NotFoundException(`Department ${departmentId} was not found`);
    return { ...entry, year, weights: { ...reading.weights }, gradeBands: { ...reading.bands } };
  }
}

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
import { CONFIG, READ_MODELS } from '@dutyledger/platform';
import { complianceDepartments, complianceReport, ownFigureSums } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
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
  ) {}

  @Get()
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary:
      'Compliance of every department in a year: own and rolled-up figures, indicators, score',
    description:
      'One entry per department of the hierarchy (bounded by it, so not paged), each before the ' +
      'departments under it. Scored with the configured weights, which the answer repeats.',
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
    const weights = this.config.policy.complianceWeights;
    const report = complianceReport(
      departments,
      await ownFigureSums(this.readModels, query.year),
      weights,
    );
    return {
      year: query.year,
      weights: { ...weights },
      departments: parentId ? report.filter((entry) => entry.parentId === parentId) : report,
    };
  }
}

import { Controller, Get, Inject } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UnknownEntityError } from '@dutyledger/domain';
import { CLOCK, type Clock, READ_MODELS } from '@dutyledger/wiring';
import { type CaseHeaderView, findCaseHeader } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { UuidParam } from '../../platform/http/uuid-param';
import { CaseHeaderResponse } from './case-header.view';

@ApiTags('case queries')
@Controller('cases')
export class GetCaseController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':caseId')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR')
  @ApiOperation({
    summary: 'The header of a case: grounds, deadline, findings, sanctions, appeals',
  })
  @ApiOkResponse({ type: CaseHeaderResponse, description: 'The case header, overdue as of now' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND: no such case (or not projected yet)' })
  async get(@UuidParam('caseId') caseId: string): Promise<CaseHeaderView> {
    const header = await findCaseHeader(this.readModels, caseId, this.clock());
    if (header === null) throw new UnknownEntityError('case', caseId);
    return header;
  }
}

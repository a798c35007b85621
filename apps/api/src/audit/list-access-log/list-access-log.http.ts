import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type AccessLogRow, listAccessLog } from '@dutyledger/read-models';
import { READ_MODELS } from '@dutyledger/wiring';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { type Page, pageWindow } from '../../platform/http/page';
import { ListAccessLogQuery } from './list-access-log.dto';

export interface AccessLogEntry {
  eventId: string;
  position: string;
  readAt: string;
  readerId: string;
  readerRole: string;
  endpoint: string;
  caseId: string | null;
  stream: string | null;
  query: string;
}

function present({ position, ...row }: AccessLogRow): AccessLogEntry {
  return { ...row, position: position.toString() };
}

@ApiTags('audit')
@Controller('audit/access-log')
export class ListAccessLogController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get()
  @Allow('AUDITOR', 'ADMIN')
  @ApiOperation({
    summary: 'Who read the audit record: every audit read, newest first',
    description:
      'Projected from the AuditRecordRead events of the access-log-YYYY-MM-DD streams (hash-chained like every stream). Filter by the reader’s token subject and by case.',
  })
  @ApiOkResponse({
    description:
      '{ items: [{ eventId, position, readAt, readerId, readerRole, endpoint, caseId, stream, query }], page, pageSize, total }',
  })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED: a bad page, pageSize, subject or caseId',
  })
  @ApiForbiddenResponse({ description: 'Only AUDITOR and ADMIN read the access log' })
  async list(@Query() query: ListAccessLogQuery): Promise<Page<AccessLogEntry>> {
    const { page, pageSize, skip } = pageWindow(query);
    const { rows, total } = await listAccessLog(this.readModels, {
      subject: query.subject,
      caseId: query.caseId,
      skip,
      take: pageSize,
    });
    return { items: rows.map(present), page, pageSize, total };
  }
}

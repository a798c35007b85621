import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE, READ_MODELS } from '@dutyledger/platform';
import {
  PROJECTIONS,
  type ProjectionStatusReport,
  projectionStatus,
} from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';

@ApiTags('projections')
@ApiBearerAuth()
@Controller('projections')
export class GetProjectionStatusController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary: 'Where each projection is',
    description:
      'Per projection: the position of the last event it applied, how many events it reads lie ' +
      'beyond it (lag, counted up to 1000; lagAtLeast says when there were more) and how many ' +
      'events it parked (dead letters; list and retry them with `npm run cli -- projections`), ' +
      'and which projector process applies it now (heldBy, `host:pid/random`; null when none ' +
      'holds its lease: every projector is stopped, or one is taking over).',
  })
  @ApiOkResponse({ description: 'The status of every projection and the head of the store' })
  status(): Promise<ProjectionStatusReport> {
    return projectionStatus(this.readModels, this.store, PROJECTIONS);
  }
}

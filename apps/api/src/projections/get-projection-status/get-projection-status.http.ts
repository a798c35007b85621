import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE, PROJECTION_RUNNER, READ_MODELS } from '@dutyledger/wiring';
import {
  PROJECTIONS,
  type ProjectionRunner,
  type ProjectionStatusReport,
  projectionStatus,
} from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { GetProjectionStatusQuery } from './get-projection-status.dto';
import { projectionsPassed } from './projections-passed';

export interface ProjectionStatusAnswer extends ProjectionStatusReport {
  /** Asked with `until`: the position, and whether every projection had passed it. */
  until?: { position: string; reached: boolean };
}

@ApiTags('projections')
@Controller('projections')
export class GetProjectionStatusController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary: 'Where each projection is; or wait until they have all passed your write',
    description:
      'Per projection: its position (every event up to it was applied, parked, or is of a type it does not read), how many events it reads lie ' +
      'beyond it (lag, counted up to 1000; lagAtLeast says when there were more) and how many ' +
      'events it parked (dead letters; list and retry them with `npm run cli -- projections`), ' +
      'and which projector process applies it now (heldBy, `host:pid/random`; null when none ' +
      'holds its lease: every projector is stopped, or one is taking over). ' +
      'With `until=P` (the `position` a command answered) the answer waits until every projection has passed P, at most `waitMs`: then every read model reflects that command.',
  })
  @ApiOkResponse({
    description:
      'The status of every projection and the head of the store; with `until`, `until: {position, reached}`',
  })
  async status(@Query() query: GetProjectionStatusQuery): Promise<ProjectionStatusAnswer> {
    if (query.until === undefined)
      return projectionStatus(this.readModels, this.store, PROJECTIONS);
    const position = BigInt(query.until);
    const names = PROJECTIONS.map((projection) => projection.name);
    const reached = await projectionsPassed(
      this.readModels,
      this.runner,
      names,
      position,
      query.waitMs ?? 5_000,
    );
    const report = await projectionStatus(this.readModels, this.store, PROJECTIONS);
    return { ...report, until: { position: query.until, reached } };
  }
}

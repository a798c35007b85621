import { Controller, Get, Inject, Logger, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import type { EventStore } from '@dutyledger/event-store';
import { CONFIG, EVENT_STORE, READ_MODELS } from '@dutyledger/wiring';
import { PROJECTIONS } from '@dutyledger/read-models';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Public } from '../platform/auth/access.decorator';
import { type Readiness, readiness } from './readiness';

@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Readiness');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Liveness: the process answers (same as /health/live)' })
  health() {
    return { status: 'ok' };
  }

  @Get('live')
  @Public()
  @ApiOkResponse({ description: 'Liveness: the process answers; nothing else is checked' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOkResponse({
    description:
      'Ready: the event store and the read-model database answer (within 2 s each) and no projection lags more than DUTYLEDGER_READY_MAX_LAG events',
  })
  @ApiServiceUnavailableResponse({
    description: 'Not ready: the same answer, saying which check failed',
  })
  async ready(
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Readiness & { status: string }> {
    const answer = await readiness(
      this.store,
      this.readModels,
      PROJECTIONS,
      this.config.readyMaxLag,
      (error) => this.logger.warn(error instanceof Error ? error.message : String(error)),
    );
    void reply.status(answer.ready ? 200 : 503);
    return { status: answer.ready ? 'ready' : 'not ready', ...answer };
  }
}

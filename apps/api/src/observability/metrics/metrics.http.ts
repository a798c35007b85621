import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../../platform/auth/access.decorator';
import { ApiMetrics } from './api-metrics';
import { processMetrics } from './process-metrics';
import { ProjectionMetrics } from './projection-metrics';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ApiMetrics,
    private readonly projections: ProjectionMetrics,
  ) {}

  /** Operational figures, not personal data; still behind a token, like everything but health. */
  @Get()
  @Allow('ADMIN', 'AUDITOR')
  @ApiOperation({
    summary:
      'Prometheus metrics: commands, latencies, appends, HTTP requests, projection lag and parked events, the process',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format 0.0.4' })
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    await this.projections.refresh();
    const own = await this.metrics.registry.metrics();
    const ofTheProcess = await processMetrics().metrics();
    void reply.header('content-type', this.metrics.registry.contentType);
    return own + ofTheProcess;
  }
}

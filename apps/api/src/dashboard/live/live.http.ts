import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../../platform/auth/access.decorator';
import { LiveStream } from './live-stream';
import { ProjectionStatusFeed } from './projection-status.feed';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('live')
export class LiveController {
  constructor(private readonly feed: ProjectionStatusFeed) {}

  @Get()
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-Sent Events: `event: projections` with the projection status report ' +
      '({headPosition, projections: [{name, position, lag, parked, caughtUp}]}) at once and ' +
      'whenever it changes; `: keep-alive` comments in between. Send the bearer token as a header.',
  })
  @ApiUnauthorizedResponse({ description: 'No or bad token' })
  @ApiForbiddenResponse({ description: 'Not a known role' })
  live(@Res() reply: FastifyReply): void {
    // The guard has passed: from here on the response is a stream that Fastify leaves to us.
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const stream = new LiveStream(reply.raw);
    const unsubscribe = this.feed.subscribe(
      (report) => stream.send('projections', report),
      () => stream.close(true),
    );
    reply.raw.on('close', () => {
      unsubscribe();
      stream.close(false);
    });
  }
}

import { Controller, type MessageEvent, Sse } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { Allow } from '../../platform/auth/access.decorator';
import { liveEvents } from './live-events';
import { ProjectionStatusFeed } from './projection-status.feed';

@ApiTags('dashboard')
@Controller('live')
export class LiveController {
  constructor(private readonly feed: ProjectionStatusFeed) {}

  /** The guard has passed before anything is streamed: a bad token is a plain 401. */
  @Sse()
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
  live(): Observable<MessageEvent> {
    return liveEvents(this.feed);
  }
}

import { ApiProperty } from '@nestjs/swagger';
import type { TimelineEntryView } from '@dutyledger/read-models';

export class TimelineActorResponse {
  /** the subject of the token that caused the event */
  id!: string;

  role!: string;
}

export class TimelineEntryResponse implements TimelineEntryView {
  /** global log position */
  position!: string;

  /** revision in the case stream */
  revision!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  /** @example "SanctionDecided" */
  type!: string;

  actor!: TimelineActorResponse;

  /** business time: when it happened */
  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  /** when the store recorded it */
  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  /** @example "Sanction CIRCULATED_CRITICISM decided for cadre Li Wei by supervisor-1" */
  sentence!: string;
}

export class TimelinePage {
  items!: TimelineEntryResponse[];

  page!: number;

  pageSize!: number;

  total!: number;
}

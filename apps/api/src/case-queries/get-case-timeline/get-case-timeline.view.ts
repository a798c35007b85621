import { ApiProperty } from '@nestjs/swagger';
import type { TimelineEntryView } from '@dutyledger/read-models';

export class TimelineActorResponse {
  @ApiProperty({ description: 'the subject of the token that caused the event' })
  id!: string;

  role!: string;
}

export class TimelineEntryResponse implements TimelineEntryView {
  @ApiProperty({ description: 'global log position' })
  position!: string;

  @ApiProperty({ description: 'revision in the case stream' })
  revision!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ example: 'SanctionDecided' })
  type!: string;

  @ApiProperty({ type: TimelineActorResponse })
  actor!: TimelineActorResponse;

  @ApiProperty({ format: 'date-time', description: 'business time: when it happened' })
  occurredAt!: string;

  @ApiProperty({ format: 'date-time', description: 'when the store recorded it' })
  recordedAt!: string;

  @ApiProperty({
    example: 'Sanction CIRCULATED_CRITICISM decided for cadre Li Wei by supervisor-1',
  })
  sentence!: string;
}

export class TimelinePage {
  @ApiProperty({ type: [TimelineEntryResponse] })
  items!: TimelineEntryResponse[];

  page!: number;

  pageSize!: number;

  total!: number;
}

import { ApiProperty } from '@nestjs/swagger';
import type { FigureEvent } from '@dutyledger/read-models';

export class FigureEventView implements FigureEvent {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  /** @example "DutyPerformanceRecorded" */
  type!: string;
  /** @example "duty-9c4f5d7b-be6a-4f8b-8ca3-4d5e6f708192" */
  stream!: string;
  /** Global log position (a string: it is a 64-bit integer) */
  position!: string;

  /** Business time of the event */
  occurredAt!: string;
  /** What it counts: a duty, performance, failure, accident, case… */
  subject!: string;

  /** false for an event that explains a counted one (a re-grading) */
  counted!: boolean;
}

export class FigureEventPage {
  items!: FigureEventView[];
  page!: number;
  pageSize!: number;
  total!: number;
}

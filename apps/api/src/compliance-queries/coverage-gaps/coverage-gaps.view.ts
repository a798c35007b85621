import { ApiProperty } from '@nestjs/swagger';
import type { CoverageGap } from '@dutyledger/read-models';

export class CoverageGapView implements CoverageGap {
  @ApiProperty({ format: 'uuid' }) postId!: string;
  /** A post title is not a personal detail */
  postTitle!: string;
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  /** @example "hazardous-chemicals" */
  item!: string;
  /** Uncovered since (business time, UTC) */
  since!: string;

  /** The post’s establishment and, when another, the event that opened the gap */
  sourceEventIds!: string[];
}

export class CoverageGapPage {
  items!: CoverageGapView[];
  page!: number;
  pageSize!: number;
  total!: number;
}

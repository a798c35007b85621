import { ApiProperty } from '@nestjs/swagger';
import type { CoverageGap } from '@dutyledger/read-models';

export class CoverageGapView implements CoverageGap {
  @ApiProperty({ format: 'uuid' }) postId!: string;
  @ApiProperty({ description: 'A post title is not a personal detail' }) postTitle!: string;
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty({ example: 'hazardous-chemicals' }) item!: string;
  @ApiProperty({ description: 'Uncovered since (business time, UTC)' }) since!: string;

  @ApiProperty({
    type: [String],
    description: 'The post’s establishment and, when another, the event that opened the gap',
  })
  sourceEventIds!: string[];
}

export class CoverageGapPage {
  @ApiProperty({ type: [CoverageGapView] }) items!: CoverageGapView[];
  page!: number;
  pageSize!: number;
  total!: number;
}

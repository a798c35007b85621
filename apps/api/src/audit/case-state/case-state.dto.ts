import { BadRequestException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { BusinessTime } from '../../platform/http/business-time.decorator';
import type { AsOfCut } from './case-state.fold';

export const AS_OF_BASES = ['business', 'recorded'] as const;

/** Exactly one of `asOf` (with `by`) and `revision`. */
export class CaseStateQuery {
  /**
   * The moment T (ISO-8601 date, or date-time with its zone); a date alone is the end of that day in DUTYLEDGER_TIME_ZONE
   * @example "2026-03-01T00:00:00Z"
   */
  @IsOptional()
  @BusinessTime()
  asOf?: string;

  /** business: events that happened at or before T; recorded: events the system had recorded at or before T */
  @ApiPropertyOptional({ default: 'business' })
  @IsOptional()
  @IsIn(AS_OF_BASES)
  by?: (typeof AS_OF_BASES)[number];

  /** The case stream up to this revision */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  revision?: number;
}

function refused(problems: { field: string; rule: string; message: string }[]): never {
  throw new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message: `Invalid request: ${problems.map((problem) => problem.field).join(', ')}`,
    fields: problems.map(({ field, rule, message }) => ({ field, rules: { [rule]: message } })),
  });
}

/** The cut a valid query asks for; a 400 naming the field otherwise. */
export function cutOf(query: CaseStateQuery): AsOfCut {
  const { asOf, by, revision } = query;
  if (asOf !== undefined && revision !== undefined) {
    const message = 'give exactly one of asOf and revision';
    refused([
      { field: 'asOf', rule: 'exactlyOne', message },
      { field: 'revision', rule: 'exactlyOne', message },
    ]);
  }
  if (revision !== undefined) {
    if (by !== undefined) {
      refused([{ field: 'by', rule: 'onlyWithAsOf', message: 'by goes with asOf, not revision' }]);
    }
    return { by: 'revision', revision: BigInt(revision) };
  }
  if (asOf === undefined) {
    const message = 'give asOf (with by) or revision';
    refused([
      { field: 'asOf', rule: 'exactlyOne', message },
      { field: 'revision', rule: 'exactlyOne', message },
    ]);
  }
  return { by: by ?? 'business', asOf };
}

/** A revision past the head of the case stream. */
export function revisionBeyondHead(head: bigint): never {
  return refused([
    {
      field: 'revision',
      rule: 'max',
      message: `revision must be at most ${head}, the case stream's last revision`,
    },
  ]);
}

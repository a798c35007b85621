import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** The longest a client may ask the status to wait for a position. */
export const MAX_WAIT_MS = 30_000;

export class GetProjectionStatusQuery {
  /**
   * A position a command answered: the status is answered once every projection has passed it, or when waitMs runs out (then `until.reached` is false)
   * @example "143"
   */
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'until must be a global position (a whole number)' })
  until?: string;

  /** How long to wait for `until`, in milliseconds */
  @ApiPropertyOptional({ default: 5000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_WAIT_MS)
  waitMs?: number;
}

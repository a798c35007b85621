import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNumber, Max, Min } from 'class-validator';

/** The casualty figures a report or an update carries; the grade is derived from them, never sent. */
export class AccidentFiguresDto {
  /** @example 4 */
  @IsInt({ message: '$property must be a whole number of people' })
  @Min(0)
  @Max(100_000)
  deaths!: number;

  /** @example 2 */
  @IsInt({ message: '$property must be a whole number of people' })
  @Min(0)
  @Max(100_000)
  seriousInjuries!: number;

  @ApiProperty({
    minimum: 0,
    maximum: 1e13,
    example: 3_200_000,
    description: 'In yuan, to the fen',
  })
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 },
    { message: '$property must be an amount of yuan with at most 2 decimal places (to the fen)' },
  )
  @Min(0)
  @Max(1e13)
  directLossYuan!: number;
}

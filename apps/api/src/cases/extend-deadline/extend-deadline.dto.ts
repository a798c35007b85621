import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_DEADLINE_EXTENSION_DAYS } from '@dutyledger/domain';

export class ExtendDeadlineDto {
  @ApiProperty({ minimum: 1, maximum: MAX_DEADLINE_EXTENSION_DAYS })
  @IsInt()
  @Min(1)
  @Max(MAX_DEADLINE_EXTENSION_DAYS)
  days!: number;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

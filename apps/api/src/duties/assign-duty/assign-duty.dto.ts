import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { CADENCES, DUTY_CATEGORIES, PRINCIPLES } from '@dutyledger/domain';
import type { Cadence, DutyCategory, Principle } from '@dutyledger/domain';

export class AssignDutyDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Chosen by the caller, or generated' })
  @IsOptional()
  @IsUUID('4')
  dutyId?: string;

  @ApiProperty({ format: 'uuid', description: 'The post that carries the duty' })
  @IsUUID('4')
  postId!: string;

  @ApiProperty({ enum: DUTY_CATEGORIES })
  @IsIn(DUTY_CATEGORIES)
  category!: DutyCategory;

  @ApiProperty({ example: 'Monthly safety inspection of coal mines', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({
    enum: PRINCIPLES,
    description: 'Cited by every work-safety duty; absent for a business duty',
  })
  @IsOptional()
  @IsIn(PRINCIPLES)
  principle?: Principle;

  @ApiProperty({
    type: [String],
    example: ['mining'],
    maxItems: 50,
    description: 'The scope items covered; a work-safety duty covers at least one',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, {
    each: true,
    message: 'each industry must be a lowercase code of letters, digits and dashes (max 80)',
  })
  industries!: string[];

  @ApiProperty({ enum: CADENCES })
  @IsIn(CADENCES)
  cadence!: Cadence;

  @ApiProperty({ example: 'Work Safety Law, art. 3', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  basis!: string;
}

import { EffectiveFrom } from '../../platform/http/business-time.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CADENCES, DUTY_CATEGORIES, PRINCIPLES } from '@dutyledger/domain';
import type { Cadence, DutyCategory, Principle } from '@dutyledger/domain';
import { NewId, ScopeCodes, Name, Text } from '../../platform/http/fields';

export class AssignDutyDto {
  @NewId()
  dutyId?: string;

  @ApiProperty({ format: 'uuid', description: 'The post that carries the duty' })
  @IsUUID('4')
  postId!: string;

  @ApiProperty({ enum: DUTY_CATEGORIES })
  @IsIn(DUTY_CATEGORIES)
  category!: DutyCategory;

  @ApiProperty({ example: 'Monthly safety inspection of coal mines', maxLength: 200 })
  @Name(200)
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
  @ScopeCodes()
  industries!: string[];

  @ApiProperty({ enum: CADENCES })
  @IsIn(CADENCES)
  cadence!: Cadence;

  @ApiProperty({ example: 'Work Safety Law, art. 3', maxLength: 1000 })
  @Text(1000)
  basis!: string;

  @EffectiveFrom(
    'When the duty takes effect (not before its post was established); periods are due from then',
  )
  effectiveFrom?: string;
}

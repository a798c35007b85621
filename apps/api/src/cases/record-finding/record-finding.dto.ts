import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { RESPONSIBILITY_KINDS } from '@dutyledger/domain';
import type { ResponsibilityKind } from '@dutyledger/domain';
import { Text } from '../../platform/http/fields';

export class RecordFindingDto {
  @ApiProperty({ format: 'uuid', description: 'The subject the finding is about' })
  @IsUUID('4')
  cadreId!: string;

  @ApiProperty()
  @IsBoolean()
  responsible!: boolean;

  @ApiPropertyOptional({
    enum: RESPONSIBILITY_KINDS,
    description: 'Required when responsible, absent otherwise',
  })
  @IsOptional()
  @IsIn(RESPONSIBILITY_KINDS)
  responsibilityKind?: ResponsibilityKind;

  @ApiProperty({ maxLength: 10000 })
  @Text(10000)
  reasoning!: string;
}

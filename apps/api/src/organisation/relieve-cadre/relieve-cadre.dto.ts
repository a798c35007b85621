import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { BusinessTime } from '../../platform/http/business-time.decorator';
import { Text } from '../../platform/http/fields';

export class RelieveCadreDto {
  @ApiProperty({ format: 'uuid', description: 'The cadre who holds the post now' })
  @IsUUID('4')
  cadreId!: string;

  @ApiProperty({ example: '2026-06-30', description: 'When the cadre stops holding the post' })
  @BusinessTime()
  effectiveFrom!: string;

  @ApiProperty({ example: 'Transferred to another post', maxLength: 500 })
  @Text(500)
  reason!: string;
}

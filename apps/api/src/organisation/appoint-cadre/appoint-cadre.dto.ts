import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { BusinessTime } from '../../platform/http/business-time.decorator';

export class AppointCadreDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  cadreId!: string;

  @ApiProperty({ example: '2026-01-15', description: 'When the appointment takes effect' })
  @BusinessTime()
  effectiveFrom!: string;
}

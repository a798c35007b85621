import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsUUID } from 'class-validator';

export class AppointCadreDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  cadreId!: string;

  @ApiProperty({ example: '2026-01-15', description: 'When the appointment takes effect' })
  @IsISO8601({ strict: true })
  effectiveFrom!: string;
}

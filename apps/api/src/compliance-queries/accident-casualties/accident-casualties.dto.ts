import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { YearField } from '../compliance-year';

export class AccidentCasualtiesQuery {
  @YearField()
  year!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'It and every department under it' })
  @IsOptional()
  @IsUUID('4')
  departmentId?: string;
}

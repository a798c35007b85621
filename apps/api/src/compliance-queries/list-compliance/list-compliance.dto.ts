import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { YearField } from '../compliance-year';

export class ListComplianceQuery {
  @YearField()
  year!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the departments directly under it' })
  @IsOptional()
  @IsUUID('4')
  parentId?: string;
}

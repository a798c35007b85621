import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../platform/http/page';
import { YearField } from '../compliance-year';

export class AccidentsByDepartmentQuery extends PageQuery {
  @YearField()
  year!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'It and every department under it' })
  @IsOptional()
  @IsUUID('4')
  departmentId?: string;
}

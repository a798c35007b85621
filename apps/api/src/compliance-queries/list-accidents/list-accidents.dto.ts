import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ACCIDENT_GRADES, type AccidentGrade } from '@dutyledger/domain';
import { ACCIDENT_SORTS, type AccidentSort } from '@dutyledger/read-models';
import { PageQuery } from '../../platform/http/page';
import { OptionalYearField } from '../compliance-year';

export class ListAccidentsQuery extends PageQuery {
  @OptionalYearField('The year it happened in (of DUTYLEDGER_TIME_ZONE)')
  year?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'It and every department under it' })
  @IsOptional()
  @IsUUID('4')
  departmentId?: string;

  @ApiPropertyOptional({ enum: ACCIDENT_GRADES, description: 'The latest grade' })
  @IsOptional()
  @IsIn(ACCIDENT_GRADES)
  grade?: AccidentGrade;

  @ApiPropertyOptional({
    enum: ACCIDENT_SORTS,
    default: 'time',
    description:
      'time: newest first; grade: gravest first; deaths: most first (each then newest first); a leading - reverses',
  })
  @IsOptional()
  @IsIn(ACCIDENT_SORTS)
  sort?: AccidentSort;
}

import { IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../platform/http/page';
import { RollupField } from '../rollup-field';

export class CoverageGapsQuery extends PageQuery {
  /** Only the posts of this department */
  @IsOptional()
  @IsUUID('4')
  departmentId?: string;

  @RollupField()
  rollup?: 'true' | 'false';
}

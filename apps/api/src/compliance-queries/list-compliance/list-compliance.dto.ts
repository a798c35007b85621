import { IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../platform/http/page';
import { YearField } from '../compliance-year';

export class ListComplianceQuery extends PageQuery {
  @YearField()
  year!: number;

  /** The department and every department under it (its subtree) */
  @IsOptional()
  @IsUUID('4')
  department?: string;

  /** Only the departments directly under it */
  @IsOptional()
  @IsUUID('4')
  parentId?: string;
}

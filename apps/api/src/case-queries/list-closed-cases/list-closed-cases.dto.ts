import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_KINDS, type CaseKind } from '@dutyledger/domain';
import { PageQuery } from '../../platform/http/page';

export class ListClosedCasesQuery extends PageQuery {
  /** Words of the summary, or the first characters of the case id (case-insensitive) */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  /** The department that opened the case */
  @IsOptional()
  @IsUUID('4')
  departmentId?: string;

  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;
}

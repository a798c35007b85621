import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { CADRE_SORTS, type CadreSort } from '@dutyledger/read-models';
import { PageQuery } from '../../platform/http/page';

export class ListCadresQuery extends PageQuery {
  /** The department of a post the cadre holds now, or the one managing the cadre */
  @IsOptional()
  @IsUUID('4')
  departmentId?: string;

  /** Part of the name, in any case */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ default: 'name' })
  @IsOptional()
  @IsIn(CADRE_SORTS)
  sort?: CadreSort;
}

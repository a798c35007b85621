import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { CADRE_SORTS, type CadreSort } from '@dutyledger/read-models';
import { PageQuery } from '../../platform/http/page';

export class ListCadresQuery extends PageQuery {
  /** The department of a post the cadre holds now, or the one managing the cadre */
  @IsOptional()
  @IsUUID('4')
  departmentId?: string;

  /** Part of the name: its characters (张 finds 张伟), in any case */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  /** name: pinyin order (Chinese names read as pinyin, Latin names by letter) */
  @ApiPropertyOptional({ default: 'name' })
  @IsOptional()
  @IsIn(CADRE_SORTS)
  sort?: CadreSort;

  @ApiPropertyOptional({
    enum: ['eligibility'],
    description:
      'eligibility: each cadre also carries its appointment eligibility now ({asOf, eligible, blocks}, as GET /cadres/{cadreId}/eligibility answers), so a page needs one request',
  })
  @IsOptional()
  @IsIn(['eligibility'])
  include?: 'eligibility';
}

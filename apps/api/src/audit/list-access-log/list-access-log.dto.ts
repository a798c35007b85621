import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '../../platform/http/page';

export class ListAccessLogQuery extends PageQuery {
  /** Only reads by this token subject */
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Matches(/^[^\s]{1,200}$/, { message: 'subject must be 1 to 200 characters without spaces' })
  subject?: string;

  /** Only reads of this case */
  @IsOptional()
  @IsUUID('4')
  caseId?: string;
}

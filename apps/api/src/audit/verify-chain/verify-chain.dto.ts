import { ApiPropertyOptional } from '@nestjs/swagger';
import type { Lang } from '@dutyledger/i18n';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { LangField } from '../../platform/http/reader-lang';

export class VerifyChainQuery {
  @ApiPropertyOptional({
    description: 'One stream to verify (e.g. case-<uuid>); the whole store when absent',
    example: 'case-7f1c2a9e-0b7d-4c55-9d0e-1a2b3c4d5e6f',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(/^[^$\s][^\s]*$/, {
    message: 'stream must be a stream name without spaces, not starting with $',
  })
  stream?: string;

  @LangField('en')
  lang?: Lang;
}

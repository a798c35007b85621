import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { SANCTIONS } from '@dutyledger/domain';
import type { Sanction } from '@dutyledger/domain';

/** No `decidedBy`: the deciding supervisor is the authenticated caller. */
export class DecideSanctionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Chosen by the caller, or generated' })
  @IsOptional()
  @IsUUID('4')
  sanctionId?: string;

  @ApiProperty({ format: 'uuid', description: 'The subject found responsible' })
  @IsUUID('4')
  cadreId!: string;

  @ApiProperty({ enum: SANCTIONS })
  @IsIn(SANCTIONS)
  sanction!: Sanction;
}

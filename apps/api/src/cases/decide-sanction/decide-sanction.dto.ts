import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { SANCTIONS } from '@dutyledger/domain';
import type { Sanction } from '@dutyledger/domain';
import { NewId } from '../../platform/http/fields';

/** No `decidedBy`: the deciding supervisor is the authenticated caller. */
export class DecideSanctionDto {
  @NewId()
  sanctionId?: string;

  @ApiProperty({ format: 'uuid', description: 'The subject found responsible' })
  @IsUUID('4')
  cadreId!: string;

  @ApiProperty({ enum: SANCTIONS })
  @IsIn(SANCTIONS)
  sanction!: Sanction;
}

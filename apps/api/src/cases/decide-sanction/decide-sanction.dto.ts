import { OccurredAt } from '../../platform/http/business-time.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { SANCTIONS } from '@dutyledger/domain';
import type { Sanction } from '@dutyledger/domain';
import { NewId } from '../../platform/http/fields';

/** No `decidedBy`: the deciding supervisor is the authenticated caller. */
export class DecideSanctionDto {
  @NewId()
  sanctionId?: string;

  /** The subject found responsible */
  @IsUUID('4')
  cadreId!: string;

  @ApiProperty({
    description:
      'A measure (accountability measures, then formal sanctions, lightest first: one per subject) ' +
      'or a referral to the discipline inspection or judicial organs (beside a measure, each once)',
  })
  @IsIn(SANCTIONS)
  sanction!: Sanction;

  @OccurredAt('When the sanction was decided')
  occurredAt?: string;
}

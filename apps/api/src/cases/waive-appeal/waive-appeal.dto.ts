import { IsUUID } from 'class-validator';
import { OccurredAt } from '../../platform/http/business-time.decorator';

export class WaiveAppealDto {
  /** The subject with a measure who gives up the appeal */
  @IsUUID('4')
  cadreId!: string;

  @OccurredAt('When the subject waived the appeal (within the appeal window)')
  occurredAt?: string;
}

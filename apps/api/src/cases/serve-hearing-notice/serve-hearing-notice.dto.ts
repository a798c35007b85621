import { IsUUID } from 'class-validator';
import { OccurredAt } from '../../platform/http/business-time.decorator';

export class ServeHearingNoticeDto {
  /** The subject to be heard */
  @IsUUID('4')
  cadreId!: string;

  @OccurredAt('When the notice was served; the response period counts from it')
  occurredAt?: string;
}

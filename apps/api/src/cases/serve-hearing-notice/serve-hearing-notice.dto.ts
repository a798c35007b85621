import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { OccurredAt } from '../../platform/http/business-time.decorator';

export class ServeHearingNoticeDto {
  @ApiProperty({ format: 'uuid', description: 'The subject to be heard' })
  @IsUUID('4')
  cadreId!: string;

  @OccurredAt('When the notice was served; the response period counts from it')
  occurredAt?: string;
}

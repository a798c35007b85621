import { OccurredAt } from '../../platform/http/business-time.decorator';
import { IsUUID } from 'class-validator';
import { NewId, Text } from '../../platform/http/fields';

export class FileAppealDto {
  @NewId()
  appealId?: string;

  /** The sanctioned subject who appeals */
  @IsUUID('4')
  cadreId!: string;

  @Text(10000)
  grounds!: string;

  @OccurredAt('When the appeal was filed (within the appeal window)')
  occurredAt?: string;
}

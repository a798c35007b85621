import { OccurredAt } from '../../platform/http/business-time.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { NewId, Text } from '../../platform/http/fields';

export class FileAppealDto {
  @NewId()
  appealId?: string;

  @ApiProperty({ format: 'uuid', description: 'The sanctioned subject who appeals' })
  @IsUUID('4')
  cadreId!: string;

  @ApiProperty({ maxLength: 10000 })
  @Text(10000)
  grounds!: string;

  @OccurredAt('When the appeal was filed (within the appeal window)')
  occurredAt?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { Text } from '../../platform/http/fields';

export class CloseCaseDto {
  @ApiProperty({ maxLength: 2000 })
  @Text(2000)
  reason!: string;
}

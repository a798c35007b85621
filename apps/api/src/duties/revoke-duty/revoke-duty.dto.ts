import { EffectiveFrom } from '../../platform/http/business-time.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { Text } from '../../platform/http/fields';

export class RevokeDutyDto {
  @ApiProperty({ example: 'Industry transferred to another department', maxLength: 500 })
  @Text(500)
  reason!: string;

  @EffectiveFrom('When the revocation takes effect (not before the last change)')
  effectiveFrom?: string;
}

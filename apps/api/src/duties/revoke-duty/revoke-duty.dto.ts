import { EffectiveFrom } from '../../platform/http/business-time.decorator';
import { Text } from '../../platform/http/fields';

export class RevokeDutyDto {
  /** @example "Industry transferred to another department" */
  @Text(500)
  reason!: string;

  @EffectiveFrom('When the revocation takes effect (not before the last change)')
  effectiveFrom?: string;
}

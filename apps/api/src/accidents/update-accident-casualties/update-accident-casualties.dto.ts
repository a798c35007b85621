import { OccurredAt } from '../../platform/http/business-time.decorator';
import { AccidentFiguresDto } from '../accident-figures.dto';
import { Text } from '../../platform/http/fields';

/** The revised figures, all three, and why; the grade is re-derived from them. */
export class UpdateAccidentCasualtiesDto extends AccidentFiguresDto {
  /** @example "one seriously injured worker died in hospital" */
  @Text(2000)
  reason!: string;

  @OccurredAt('When the figures were revised (not before the accident)')
  occurredAt?: string;
}

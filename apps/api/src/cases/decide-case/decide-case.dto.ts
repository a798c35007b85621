import { OccurredAt } from '../../platform/http/business-time.decorator';

/** The body may be left out: the step then happened at the request time. */
export class DecideCaseDto {
  @OccurredAt('When the decision was issued; the appeal window counts from it')
  occurredAt?: string;
}

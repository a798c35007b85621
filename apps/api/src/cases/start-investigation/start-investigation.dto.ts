import { OccurredAt } from '../../platform/http/business-time.decorator';

/** The body may be left out: the step then happened at the request time. */
export class StartInvestigationDto {
  @OccurredAt('When the investigation started')
  occurredAt?: string;
}

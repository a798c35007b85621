import { OccurredAt } from '../../platform/http/business-time.decorator';
import { Name } from '../../platform/http/fields';

export class AssignInvestigatorDto {
  /**
   * The user id (token subject) of the investigating supervisor
   * @example "supervisor-7"
   */
  @Name(200)
  investigatorId!: string;

  @OccurredAt('When the investigator was assigned')
  occurredAt?: string;
}

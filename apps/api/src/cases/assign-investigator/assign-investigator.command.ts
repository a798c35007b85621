import type { CommandContext } from '../../platform/commands/command-context';
import type { AssignInvestigatorDto } from './assign-investigator.dto';

export class AssignInvestigatorCommand {
  constructor(
    readonly caseId: string,
    readonly body: AssignInvestigatorDto,
    readonly context: CommandContext,
  ) {}
}

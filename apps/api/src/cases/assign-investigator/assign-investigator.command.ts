import type { CommandContext } from '@dutyledger/ledger';
import type { AssignInvestigatorDto } from './assign-investigator.dto';

export class AssignInvestigatorCommand {
  constructor(
    readonly caseId: string,
    readonly body: AssignInvestigatorDto,
    readonly context: CommandContext,
  ) {}
}

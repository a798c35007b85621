import type { CommandContext } from '@dutyledger/ledger';
import type { StartInvestigationDto } from './start-investigation.dto';

export class StartInvestigationCommand {
  constructor(
    readonly caseId: string,
    readonly body: StartInvestigationDto,
    readonly context: CommandContext,
  ) {}
}

import type { CommandContext } from '@dutyledger/ledger';
import type { DecideSanctionDto } from './decide-sanction.dto';

export class DecideSanctionCommand {
  constructor(
    readonly caseId: string,
    readonly sanctionId: string,
    readonly body: DecideSanctionDto,
    readonly context: CommandContext,
  ) {}
}

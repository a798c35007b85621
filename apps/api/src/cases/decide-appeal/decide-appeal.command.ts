import type { CommandContext } from '@dutyledger/ledger';
import type { DecideAppealDto } from './decide-appeal.dto';

export class DecideAppealCommand {
  constructor(
    readonly caseId: string,
    readonly body: DecideAppealDto,
    readonly context: CommandContext,
  ) {}
}

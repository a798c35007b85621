import type { CommandContext } from '@dutyledger/ledger';
import type { WaiveAppealDto } from './waive-appeal.dto';

export class WaiveAppealCommand {
  constructor(
    readonly caseId: string,
    readonly body: WaiveAppealDto,
    readonly context: CommandContext,
  ) {}
}

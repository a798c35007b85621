import type { CommandContext } from '@dutyledger/ledger';
import type { ExtendDeadlineDto } from './extend-deadline.dto';

export class ExtendDeadlineCommand {
  constructor(
    readonly caseId: string,
    readonly body: ExtendDeadlineDto,
    readonly context: CommandContext,
  ) {}
}

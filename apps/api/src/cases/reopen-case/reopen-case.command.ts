import type { CommandContext } from '@dutyledger/ledger';
import type { ReopenCaseDto } from './reopen-case.dto';

export class ReopenCaseCommand {
  constructor(
    readonly caseId: string,
    readonly body: ReopenCaseDto,
    readonly context: CommandContext,
  ) {}
}

import type { CommandContext } from '@dutyledger/ledger';
import type { DecideCaseDto } from './decide-case.dto';

export class DecideCaseCommand {
  constructor(
    readonly caseId: string,
    readonly body: DecideCaseDto,
    readonly context: CommandContext,
  ) {}
}

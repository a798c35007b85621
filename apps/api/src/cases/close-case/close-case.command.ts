import type { CommandContext } from '@dutyledger/ledger';
import type { CloseCaseDto } from './close-case.dto';

export class CloseCaseCommand {
  constructor(
    readonly caseId: string,
    readonly body: CloseCaseDto,
    readonly context: CommandContext,
  ) {}
}

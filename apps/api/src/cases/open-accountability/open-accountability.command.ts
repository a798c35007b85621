import type { CommandContext } from '@dutyledger/ledger';
import type { OpenAccountabilityDto } from './open-accountability.dto';

export class OpenAccountabilityCommand {
  constructor(
    readonly caseId: string,
    readonly body: OpenAccountabilityDto,
    readonly context: CommandContext,
  ) {}
}

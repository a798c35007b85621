import type { CommandContext } from '@dutyledger/ledger';
import type { RecordFindingDto } from './record-finding.dto';

export class RecordFindingCommand {
  constructor(
    readonly caseId: string,
    readonly body: RecordFindingDto,
    readonly context: CommandContext,
  ) {}
}

import type { CommandContext } from '@dutyledger/ledger';
import type { RecordFailureToPerformDto } from './record-failure-to-perform.dto';

export class RecordFailureToPerformCommand {
  constructor(
    readonly dutyId: string,
    readonly failureId: string,
    readonly body: RecordFailureToPerformDto,
    readonly context: CommandContext,
  ) {}
}

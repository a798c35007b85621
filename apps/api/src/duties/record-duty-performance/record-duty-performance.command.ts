import type { CommandContext } from '@dutyledger/ledger';
import type { RecordDutyPerformanceDto } from './record-duty-performance.dto';

export class RecordDutyPerformanceCommand {
  constructor(
    readonly dutyId: string,
    readonly performanceId: string,
    readonly body: RecordDutyPerformanceDto,
    readonly context: CommandContext,
  ) {}
}

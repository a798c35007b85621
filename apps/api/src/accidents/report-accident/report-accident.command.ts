import type { CommandContext } from '@dutyledger/ledger';
import type { ReportAccidentDto } from './report-accident.dto';

export class ReportAccidentCommand {
  constructor(
    readonly accidentId: string,
    readonly body: ReportAccidentDto,
    readonly context: CommandContext,
  ) {}
}

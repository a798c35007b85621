import type { CommandContext } from '@dutyledger/ledger';
import type { SubmitAnnualReportDto } from './submit-annual-report.dto';

export class SubmitAnnualReportCommand {
  constructor(
    readonly cadreId: string,
    readonly year: number,
    readonly body: SubmitAnnualReportDto,
    readonly context: CommandContext,
  ) {}
}

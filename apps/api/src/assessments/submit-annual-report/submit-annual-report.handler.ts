import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type SubmitAnnualReport, assessmentDecider, assessmentStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { requireRegisteredCadre } from '../registered-cadre';
import { SubmitAnnualReportCommand } from './submit-annual-report.command';

@CommandHandler(SubmitAnnualReportCommand)
export class SubmitAnnualReportHandler implements ICommandHandler<SubmitAnnualReportCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ cadreId, year, body, context }: SubmitAnnualReportCommand): Promise<CommandResult> {
    return this.ledger.execute(
      assessmentStream(cadreId, year),
      cadreId,
      assessmentDecider,
      context,
      async (): Promise<SubmitAnnualReport> => {
        await requireRegisteredCadre(this.ledger, cadreId);
        return { type: 'SubmitAnnualReport', data: { cadreId, year, statement: body.statement } };
      },
    );
  }
}

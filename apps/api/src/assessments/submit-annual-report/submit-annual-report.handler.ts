import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type AssessmentDecider,
  type JurisdictionCalendar,
  type SubmitAnnualReport,
  assessmentStream,
} from '@dutyledger/domain';
import { CALENDAR } from '@dutyledger/wiring';
import { cadreHistoryProjection, postsHeldBetween } from '@dutyledger/read-models';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { ProjectedFacts } from '../../platform/commands/projected-facts';
import { ASSESSMENT_DECIDER } from '../assessment-decider.provider';
import { requireRegisteredCadre } from '../registered-cadre';
import { SubmitAnnualReportCommand } from './submit-annual-report.command';

/** A report only for a year in which the cadre held a leading post (from the cadre history). */
@CommandHandler(SubmitAnnualReportCommand)
export class SubmitAnnualReportHandler implements ICommandHandler<SubmitAnnualReportCommand> {
  constructor(
    private readonly ledger: Ledger,
    private readonly projected: ProjectedFacts,
    @Inject(ASSESSMENT_DECIDER) private readonly decider: AssessmentDecider,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
  ) {}

  execute({ cadreId, year, body, context }: SubmitAnnualReportCommand): Promise<CommandResult> {
    return this.ledger.execute(
      assessmentStream(cadreId, year),
      cadreId,
      this.decider,
      context,
      async (): Promise<SubmitAnnualReport> => {
        await requireRegisteredCadre(this.ledger, cadreId);
        return {
          type: 'SubmitAnnualReport',
          data: {
            cadreId,
            year,
            statement: body.statement,
            postsHeldInYear: await this.postsHeldIn(cadreId, year),
            occurredAt: body.occurredAt,
          },
        };
      },
    );
  }

  private postsHeldIn(cadreId: string, year: number): Promise<string[]> {
    const from = this.calendar.periodStart(String(year));
    const until = this.calendar.periodEnd(String(year));
    return this.projected.read(cadreHistoryProjection, (readModels) =>
      postsHeldBetween(readModels, cadreId, from, until),
    );
  }
}

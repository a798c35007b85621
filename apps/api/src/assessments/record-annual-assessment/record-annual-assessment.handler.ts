import { Inject } from '@nestjs/common';
import { ASSESSMENT_DECIDER } from '../assessment-decider.provider';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type AssessmentDecider,
  type RecordAnnualAssessment,
  assessmentStream,
} from '@dutyledger/domain';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { requireRegisteredCadre } from '../registered-cadre';
import { RecordAnnualAssessmentCommand } from './record-annual-assessment.command';

@CommandHandler(RecordAnnualAssessmentCommand)
export class RecordAnnualAssessmentHandler implements ICommandHandler<RecordAnnualAssessmentCommand> {
  constructor(
    private readonly ledger: Ledger,
    @Inject(ASSESSMENT_DECIDER) private readonly decider: AssessmentDecider,
  ) {}

  execute({ cadreId, year, body, context }: RecordAnnualAssessmentCommand): Promise<CommandResult> {
    return this.ledger.execute(
      assessmentStream(cadreId, year),
      cadreId,
      this.decider,
      context,
      async (): Promise<RecordAnnualAssessment> => {
        await requireRegisteredCadre(this.ledger, cadreId);
        const { score, grade, remarks, occurredAt } = body;
        return {
          type: 'RecordAnnualAssessment',
          data: { cadreId, year, score, grade, remarks, occurredAt },
        };
      },
    );
  }
}

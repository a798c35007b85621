import { Inject } from '@nestjs/common';
import { ASSESSMENT_DECIDER } from '../assessment-decider.provider';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type CorrectAnnualAssessment,
  type AssessmentDecider,
  assessmentStream,
} from '@dutyledger/domain';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { requireRegisteredCadre } from '../registered-cadre';
import { CorrectAnnualAssessmentCommand } from './correct-annual-assessment.command';

@CommandHandler(CorrectAnnualAssessmentCommand)
export class CorrectAnnualAssessmentHandler implements ICommandHandler<CorrectAnnualAssessmentCommand> {
  constructor(
    private readonly ledger: Ledger,
    @Inject(ASSESSMENT_DECIDER) private readonly decider: AssessmentDecider,
  ) {}

  execute({
    cadreId,
    year,
    body,
    context,
  }: CorrectAnnualAssessmentCommand): Promise<CommandResult> {
    return this.ledger.execute(
      assessmentStream(cadreId, year),
      cadreId,
      this.decider,
      context,
      async (): Promise<CorrectAnnualAssessment> => {
        await requireRegisteredCadre(this.ledger, cadreId);
        const { score, grade, remarks, reason, occurredAt } = body;
        return {
          type: 'CorrectAnnualAssessment',
          data: { cadreId, year, score, grade, remarks, reason, occurredAt },
        };
      },
    );
  }
}

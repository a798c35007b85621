import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type CorrectAnnualAssessment,
  assessmentDecider,
  assessmentStream,
} from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { requireRegisteredCadre } from '../registered-cadre';
import { CorrectAnnualAssessmentCommand } from './correct-annual-assessment.command';

@CommandHandler(CorrectAnnualAssessmentCommand)
export class CorrectAnnualAssessmentHandler implements ICommandHandler<CorrectAnnualAssessmentCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({
    cadreId,
    year,
    body,
    context,
  }: CorrectAnnualAssessmentCommand): Promise<CommandResult> {
    return this.ledger.execute(
      assessmentStream(cadreId, year),
      cadreId,
      assessmentDecider,
      context,
      async (): Promise<CorrectAnnualAssessment> => {
        await requireRegisteredCadre(this.ledger, cadreId);
        const { score, grade, remarks, reason } = body;
        return {
          type: 'CorrectAnnualAssessment',
          data: { cadreId, year, score, grade, remarks, reason },
        };
      },
    );
  }
}

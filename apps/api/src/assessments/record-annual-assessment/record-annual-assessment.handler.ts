import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type RecordAnnualAssessment,
  assessmentDecider,
  assessmentStream,
} from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { requireRegisteredCadre } from '../registered-cadre';
import { RecordAnnualAssessmentCommand } from './record-annual-assessment.command';

@CommandHandler(RecordAnnualAssessmentCommand)
export class RecordAnnualAssessmentHandler implements ICommandHandler<RecordAnnualAssessmentCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ cadreId, year, body, context }: RecordAnnualAssessmentCommand): Promise<CommandResult> {
    return this.ledger.execute(
      assessmentStream(cadreId, year),
      cadreId,
      assessmentDecider,
      context,
      async (): Promise<RecordAnnualAssessment> => {
        await requireRegisteredCadre(this.ledger, cadreId);
        const { score, grade, remarks } = body;
        return { type: 'RecordAnnualAssessment', data: { cadreId, year, score, grade, remarks } };
      },
    );
  }
}

import type { CommandContext } from '@dutyledger/ledger';
import type { CorrectAnnualAssessmentDto } from './correct-annual-assessment.dto';

export class CorrectAnnualAssessmentCommand {
  constructor(
    readonly cadreId: string,
    readonly year: number,
    readonly body: CorrectAnnualAssessmentDto,
    readonly context: CommandContext,
  ) {}
}

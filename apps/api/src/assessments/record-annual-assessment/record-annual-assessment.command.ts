import type { CommandContext } from '@dutyledger/ledger';
import type { RecordAnnualAssessmentDto } from './record-annual-assessment.dto';

export class RecordAnnualAssessmentCommand {
  constructor(
    readonly cadreId: string,
    readonly year: number,
    readonly body: RecordAnnualAssessmentDto,
    readonly context: CommandContext,
  ) {}
}

import type { CommandContext } from '@dutyledger/ledger';
import type { RecordSubjectStatementDto } from './record-subject-statement.dto';

export class RecordSubjectStatementCommand {
  constructor(
    readonly caseId: string,
    readonly body: RecordSubjectStatementDto,
    readonly context: CommandContext,
  ) {}
}

import type { CommandContext } from '../../platform/commands/command-context';
import type { RecordSubjectStatementDto } from './record-subject-statement.dto';

export class RecordSubjectStatementCommand {
  constructor(
    readonly caseId: string,
    readonly body: RecordSubjectStatementDto,
    readonly context: CommandContext,
  ) {}
}

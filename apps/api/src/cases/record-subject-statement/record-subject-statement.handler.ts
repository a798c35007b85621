import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type RecordSubjectStatement, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { RecordSubjectStatementCommand } from './record-subject-statement.command';

@CommandHandler(RecordSubjectStatementCommand)
export class RecordSubjectStatementHandler implements ICommandHandler<RecordSubjectStatementCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ caseId, body, context }: RecordSubjectStatementCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      caseDecider,
      context,
      (): RecordSubjectStatement => ({
        type: 'RecordSubjectStatement',
        data: { caseId, cadreId: body.cadreId, statement: body.statement },
      }),
    );
  }
}

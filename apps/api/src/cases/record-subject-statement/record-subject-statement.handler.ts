import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordSubjectStatement } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { RecordSubjectStatementCommand } from './record-subject-statement.command';

@CommandHandler(RecordSubjectStatementCommand)
export class RecordSubjectStatementHandler implements ICommandHandler<RecordSubjectStatementCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, body, context }: RecordSubjectStatementCommand): Promise<CommandResult> {
    return this.cases.run(caseId, context, (): RecordSubjectStatement => ({
      type: 'RecordSubjectStatement',
      data: {
        caseId,
        cadreId: body.cadreId,
        statement: body.statement,
        occurredAt: body.occurredAt,
      },
    }));
  }
}

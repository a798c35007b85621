import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ReopenCase, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { ReopenCaseCommand } from './reopen-case.command';

@CommandHandler(ReopenCaseCommand)
export class ReopenCaseHandler implements ICommandHandler<ReopenCaseCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ caseId, body, context }: ReopenCaseCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      caseDecider,
      context,
      (): ReopenCase => ({ type: 'ReopenCase', data: { caseId, reason: body.reason } }),
    );
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CloseCase, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { CloseCaseCommand } from './close-case.command';

@CommandHandler(CloseCaseCommand)
export class CloseCaseHandler implements ICommandHandler<CloseCaseCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ caseId, body, context }: CloseCaseCommand): Promise<CommandResult> {
    return this.ledger.execute(caseStream(caseId), caseId, caseDecider, context, (): CloseCase => ({
      type: 'CloseCase',
      data: { caseId, reason: body.reason },
    }));
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CloseCase } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { CloseCaseCommand } from './close-case.command';

@CommandHandler(CloseCaseCommand)
export class CloseCaseHandler implements ICommandHandler<CloseCaseCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, body, context }: CloseCaseCommand): Promise<CommandResult> {
    return this.cases.run(caseId, context, (): CloseCase => ({
      type: 'CloseCase',
      data: { caseId, reason: body.reason, occurredAt: body.occurredAt },
    }));
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DecideCase } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { DecideCaseCommand } from './decide-case.command';

@CommandHandler(DecideCaseCommand)
export class DecideCaseHandler implements ICommandHandler<DecideCaseCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, body, context }: DecideCaseCommand): Promise<CommandResult> {
    return this.cases.run(caseId, context, (): DecideCase => ({
      type: 'DecideCase',
      data: { caseId, decidedBy: context.actor.id, occurredAt: body.occurredAt },
    }));
  }
}

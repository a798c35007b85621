import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExtendDeadline } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { ExtendDeadlineCommand } from './extend-deadline.command';

@CommandHandler(ExtendDeadlineCommand)
export class ExtendDeadlineHandler implements ICommandHandler<ExtendDeadlineCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, body, context }: ExtendDeadlineCommand): Promise<CommandResult> {
    return this.cases.run(caseId, context, (): ExtendDeadline => ({
      type: 'ExtendDeadline',
      data: { caseId, days: body.days, reason: body.reason, occurredAt: body.occurredAt },
    }));
  }
}

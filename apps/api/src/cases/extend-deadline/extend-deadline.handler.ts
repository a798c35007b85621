import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ExtendDeadline, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { ExtendDeadlineCommand } from './extend-deadline.command';

@CommandHandler(ExtendDeadlineCommand)
export class ExtendDeadlineHandler implements ICommandHandler<ExtendDeadlineCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ caseId, body, context }: ExtendDeadlineCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      caseDecider,
      context,
      (): ExtendDeadline => ({
        type: 'ExtendDeadline',
        data: { caseId, days: body.days, reason: body.reason },
      }),
    );
  }
}

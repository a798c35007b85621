import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DecideAppeal, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { DecideAppealCommand } from './decide-appeal.command';

@CommandHandler(DecideAppealCommand)
export class DecideAppealHandler implements ICommandHandler<DecideAppealCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ caseId, body, context }: DecideAppealCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      caseDecider,
      context,
      (): DecideAppeal => ({
        type: 'DecideAppeal',
        data: {
          caseId,
          appealId: body.appealId,
          outcome: body.outcome,
          changedSanction: body.changedSanction ?? null,
          reasoning: body.reasoning,
        },
      }),
    );
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DecideAppeal } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { DecideAppealCommand } from './decide-appeal.command';

@CommandHandler(DecideAppealCommand)
export class DecideAppealHandler implements ICommandHandler<DecideAppealCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, body, context }: DecideAppealCommand): Promise<CommandResult> {
    return this.cases.run(caseId, context, (): DecideAppeal => ({
      type: 'DecideAppeal',
      data: {
        caseId,
        appealId: body.appealId,
        outcome: body.outcome,
        changedSanction: body.changedSanction ?? null,
        reasoning: body.reasoning,
        decidedBy: context.actor.id,
        occurredAt: body.occurredAt,
      },
    }));
  }
}

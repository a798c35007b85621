import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DecideSanction } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { DecideSanctionCommand } from './decide-sanction.command';

@CommandHandler(DecideSanctionCommand)
export class DecideSanctionHandler implements ICommandHandler<DecideSanctionCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, sanctionId, body, context }: DecideSanctionCommand): Promise<CommandResult> {
    return this.cases.runForChild(caseId, sanctionId, context, (): DecideSanction => ({
      type: 'DecideSanction',
      data: {
        caseId,
        sanctionId,
        cadreId: body.cadreId,
        sanction: body.sanction,
        decidedBy: context.actor.id,
        occurredAt: body.occurredAt,
      },
    }));
  }
}

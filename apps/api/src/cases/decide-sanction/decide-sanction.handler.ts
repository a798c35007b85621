import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DecideSanction, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { DecideSanctionCommand } from './decide-sanction.command';

@CommandHandler(DecideSanctionCommand)
export class DecideSanctionHandler implements ICommandHandler<DecideSanctionCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ caseId, sanctionId, body, context }: DecideSanctionCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      caseDecider,
      context,
      (): DecideSanction => ({
        type: 'DecideSanction',
        data: {
          caseId,
          sanctionId,
          cadreId: body.cadreId,
          sanction: body.sanction,
          decidedBy: context.actor.id,
        },
      }),
    );
  }
}

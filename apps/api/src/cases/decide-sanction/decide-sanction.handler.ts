import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DecideSanction, caseStream } from '@dutyledger/domain';
import { ChildIds } from '@dutyledger/ledger';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { DecideSanctionCommand } from './decide-sanction.command';

@CommandHandler(DecideSanctionCommand)
export class DecideSanctionHandler implements ICommandHandler<DecideSanctionCommand> {
  constructor(
    private readonly cases: CaseLedger,
    private readonly childIds: ChildIds,
  ) {}

  execute({ caseId, sanctionId, body, context }: DecideSanctionCommand): Promise<CommandResult> {
    return this.cases.run(
      caseId,
      context,
      (): DecideSanction => ({
        type: 'DecideSanction',
        data: {
          caseId,
          sanctionId,
          cadreId: body.cadreId,
          sanction: body.sanction,
          decidedBy: context.actor.id,
          occurredAt: body.occurredAt,
        },
      }),
      { beforeAppend: () => this.childIds.reserve(sanctionId, caseStream(caseId), context) },
    );
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WaiveAppeal } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { WaiveAppealCommand } from './waive-appeal.command';

@CommandHandler(WaiveAppealCommand)
export class WaiveAppealHandler implements ICommandHandler<WaiveAppealCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, body, context }: WaiveAppealCommand): Promise<CommandResult> {
    return this.cases.run(caseId, context, (): WaiveAppeal => ({
      type: 'WaiveAppeal',
      data: { caseId, cadreId: body.cadreId, occurredAt: body.occurredAt },
    }));
  }
}

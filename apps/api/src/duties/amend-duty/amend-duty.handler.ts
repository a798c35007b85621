import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AmendDuty, dutyDecider, dutyStream } from '@dutyledger/domain';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { AmendDutyCommand } from './amend-duty.command';

@CommandHandler(AmendDutyCommand)
export class AmendDutyHandler implements ICommandHandler<AmendDutyCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ dutyId, body, context }: AmendDutyCommand): Promise<CommandResult> {
    const { title, principle, industries, cadence, basis, reason, effectiveFrom } = body;
    return this.ledger.execute(dutyStream(dutyId), dutyId, dutyDecider, context, (): AmendDuty => ({
      type: 'AmendDuty',
      data: { dutyId, title, principle, industries, cadence, basis, reason, effectiveFrom },
    }));
  }
}

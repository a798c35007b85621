import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type RevokeDuty, dutyDecider, dutyStream } from '@dutyledger/domain';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { RevokeDutyCommand } from './revoke-duty.command';

@CommandHandler(RevokeDutyCommand)
export class RevokeDutyHandler implements ICommandHandler<RevokeDutyCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ dutyId, body, context }: RevokeDutyCommand): Promise<CommandResult> {
    return this.ledger.execute(
      dutyStream(dutyId),
      dutyId,
      dutyDecider,
      context,
      (): RevokeDuty => ({
        type: 'RevokeDuty',
        data: { dutyId, reason: body.reason, effectiveFrom: body.effectiveFrom },
      }),
    );
  }
}

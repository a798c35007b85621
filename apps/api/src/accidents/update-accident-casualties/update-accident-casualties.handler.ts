import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type UpdateAccidentCasualties, accidentDecider, accidentStream } from '@dutyledger/domain';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { UpdateAccidentCasualtiesCommand } from './update-accident-casualties.command';

/** An accident that was never reported is answered 404 by the decider (ACCIDENT_NOT_FOUND). */
@CommandHandler(UpdateAccidentCasualtiesCommand)
export class UpdateAccidentCasualtiesHandler implements ICommandHandler<UpdateAccidentCasualtiesCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ accidentId, body, context }: UpdateAccidentCasualtiesCommand): Promise<CommandResult> {
    return this.ledger.execute(
      accidentStream(accidentId),
      accidentId,
      accidentDecider,
      context,
      (): UpdateAccidentCasualties => ({
        type: 'UpdateAccidentCasualties',
        data: {
          accidentId,
          deaths: body.deaths,
          seriousInjuries: body.seriousInjuries,
          directLossYuan: body.directLossYuan,
          reason: body.reason,
          occurredAt: body.occurredAt,
        },
      }),
    );
  }
}

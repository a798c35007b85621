import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type AssignDuty,
  UnknownEntityError,
  dutyDecider,
  dutyStream,
  postDecider,
  postStream,
} from '@dutyledger/domain';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { AssignDutyCommand } from './assign-duty.command';

@CommandHandler(AssignDutyCommand)
export class AssignDutyHandler implements ICommandHandler<AssignDutyCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ dutyId, body, context }: AssignDutyCommand): Promise<CommandResult> {
    return this.ledger.execute(
      dutyStream(dutyId),
      dutyId,
      dutyDecider,
      context,
      async (): Promise<AssignDuty> => {
        const postEstablishedAt = await this.postEstablishedAt(body.postId);
        return {
          type: 'AssignDuty',
          data: {
            dutyId,
            postId: body.postId,
            category: body.category,
            title: body.title,
            principle: body.principle ?? null,
            industries: body.industries,
            cadence: body.cadence,
            basis: body.basis,
            effectiveFrom: body.effectiveFrom,
            postEstablishedAt,
          },
        };
      },
    );
  }

  private async postEstablishedAt(postId: string): Promise<string> {
    const { state } = await this.ledger.load(postStream(postId), postDecider);
    if (state.status !== 'ESTABLISHED') throw new UnknownEntityError('post', postId);
    return state.establishedAt;
  }
}

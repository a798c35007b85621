import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type RelieveCadreFromPost, postDecider, postStream } from '@dutyledger/domain';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { RelieveCadreCommand } from './relieve-cadre.command';

/** Needs no other stream: the post's own history says whether the cadre holds it. */
@CommandHandler(RelieveCadreCommand)
export class RelieveCadreHandler implements ICommandHandler<RelieveCadreCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ postId, body, context }: RelieveCadreCommand): Promise<CommandResult> {
    return this.ledger.execute(
      postStream(postId),
      postId,
      postDecider,
      context,
      (): RelieveCadreFromPost => ({
        type: 'RelieveCadreFromPost',
        data: {
          postId,
          cadreId: body.cadreId,
          effectiveFrom: body.effectiveFrom,
          reason: body.reason,
        },
      }),
    );
  }
}

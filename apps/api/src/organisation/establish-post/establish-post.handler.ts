import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type EstablishPost,
  UnknownEntityError,
  departmentDecider,
  departmentStream,
  postDecider,
  postStream,
} from '@dutyledger/domain';
import { type CommandResult, Ledger } from '@dutyledger/ledger';
import { EstablishPostCommand } from './establish-post.command';

@CommandHandler(EstablishPostCommand)
export class EstablishPostHandler implements ICommandHandler<EstablishPostCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ postId, body, context }: EstablishPostCommand): Promise<CommandResult> {
    return this.ledger.execute(
      postStream(postId),
      postId,
      postDecider,
      context,
      async (): Promise<EstablishPost> => {
        const departmentRegisteredAt = await this.departmentRegisteredAt(body.departmentId);
        return {
          type: 'EstablishPost',
          data: {
            postId,
            departmentId: body.departmentId,
            title: body.title,
            rank: body.rank,
            businessScope: body.businessScope,
            effectiveFrom: body.effectiveFrom,
            departmentRegisteredAt,
          },
        };
      },
    );
  }

  private async departmentRegisteredAt(departmentId: string): Promise<string> {
    const { state } = await this.ledger.load(departmentStream(departmentId), departmentDecider);
    if (state.status !== 'REGISTERED') throw new UnknownEntityError('department', departmentId);
    return state.registeredAt;
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type AppointCadreToPost,
  UnknownEntityError,
  cadreDecider,
  cadreStream,
  postDecider,
  postStream,
} from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { AppointCadreCommand } from './appoint-cadre.command';

@CommandHandler(AppointCadreCommand)
export class AppointCadreHandler implements ICommandHandler<AppointCadreCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ postId, body, context }: AppointCadreCommand): Promise<CommandResult> {
    return this.ledger.execute(
      postStream(postId),
      postId,
      postDecider,
      context,
      async (): Promise<AppointCadreToPost> => {
        await this.requireCadre(body.cadreId);
        return {
          type: 'AppointCadreToPost',
          data: { postId, cadreId: body.cadreId, effectiveFrom: body.effectiveFrom },
        };
      },
    );
  }

  private async requireCadre(cadreId: string): Promise<void> {
    const { state } = await this.ledger.load(cadreStream(cadreId), cadreDecider);
    if (state.status !== 'REGISTERED') throw new UnknownEntityError('cadre', cadreId);
  }
}

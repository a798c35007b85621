import type { CommandContext } from '@dutyledger/ledger';
import type { EstablishPostDto } from './establish-post.dto';

export class EstablishPostCommand {
  constructor(
    readonly postId: string,
    readonly body: EstablishPostDto,
    readonly context: CommandContext,
  ) {}
}

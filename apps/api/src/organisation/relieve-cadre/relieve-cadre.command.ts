import type { CommandContext } from '@dutyledger/ledger';
import type { RelieveCadreDto } from './relieve-cadre.dto';

export class RelieveCadreCommand {
  constructor(
    readonly postId: string,
    readonly body: RelieveCadreDto,
    readonly context: CommandContext,
  ) {}
}

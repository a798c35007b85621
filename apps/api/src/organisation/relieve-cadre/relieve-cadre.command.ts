import type { CommandContext } from '../../platform/commands/command-context';
import type { RelieveCadreDto } from './relieve-cadre.dto';

export class RelieveCadreCommand {
  constructor(
    readonly postId: string,
    readonly body: RelieveCadreDto,
    readonly context: CommandContext,
  ) {}
}

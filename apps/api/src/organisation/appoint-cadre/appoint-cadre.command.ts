import type { CommandContext } from '@dutyledger/ledger';
import type { AppointCadreDto } from './appoint-cadre.dto';

export class AppointCadreCommand {
  constructor(
    readonly postId: string,
    readonly body: AppointCadreDto,
    readonly context: CommandContext,
  ) {}
}

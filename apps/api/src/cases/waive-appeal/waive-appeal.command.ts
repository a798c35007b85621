import type { CommandContext } from '../../platform/commands/command-context';
import type { WaiveAppealDto } from './waive-appeal.dto';

export class WaiveAppealCommand {
  constructor(
    readonly caseId: string,
    readonly body: WaiveAppealDto,
    readonly context: CommandContext,
  ) {}
}

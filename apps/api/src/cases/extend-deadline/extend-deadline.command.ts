import type { CommandContext } from '../../platform/commands/command-context';
import type { ExtendDeadlineDto } from './extend-deadline.dto';

export class ExtendDeadlineCommand {
  constructor(
    readonly caseId: string,
    readonly body: ExtendDeadlineDto,
    readonly context: CommandContext,
  ) {}
}

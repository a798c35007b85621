import type { CommandContext } from '../../platform/commands/command-context';
import type { FileAppealDto } from './file-appeal.dto';

export class FileAppealCommand {
  constructor(
    readonly caseId: string,
    readonly appealId: string,
    readonly body: FileAppealDto,
    readonly context: CommandContext,
  ) {}
}

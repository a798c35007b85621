import type { CommandContext } from '@dutyledger/ledger';
import type { FileAppealDto } from './file-appeal.dto';

export class FileAppealCommand {
  constructor(
    readonly caseId: string,
    readonly appealId: string,
    readonly body: FileAppealDto,
    readonly context: CommandContext,
  ) {}
}

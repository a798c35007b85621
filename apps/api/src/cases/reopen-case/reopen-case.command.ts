import type { CommandContext } from '../../platform/commands/command-context';
import type { ReopenCaseDto } from './reopen-case.dto';

export class ReopenCaseCommand {
  constructor(
    readonly caseId: string,
    readonly body: ReopenCaseDto,
    readonly context: CommandContext,
  ) {}
}

import type { CommandContext } from '../../platform/commands/command-context';
import type { StartInvestigationDto } from './start-investigation.dto';

export class StartInvestigationCommand {
  constructor(
    readonly caseId: string,
    readonly body: StartInvestigationDto,
    readonly context: CommandContext,
  ) {}
}

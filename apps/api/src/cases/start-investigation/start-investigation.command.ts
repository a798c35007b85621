import type { CommandContext } from '../../platform/commands/command-context';

export class StartInvestigationCommand {
  constructor(
    readonly caseId: string,
    readonly context: CommandContext,
  ) {}
}

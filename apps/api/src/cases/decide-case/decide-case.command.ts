import type { CommandContext } from '../../platform/commands/command-context';

export class DecideCaseCommand {
  constructor(
    readonly caseId: string,
    readonly context: CommandContext,
  ) {}
}

import type { CommandContext } from '../../platform/commands/command-context';
import type { OpenAccountabilityDto } from './open-accountability.dto';

export class OpenAccountabilityCommand {
  constructor(
    readonly caseId: string,
    readonly body: OpenAccountabilityDto,
    readonly context: CommandContext,
  ) {}
}

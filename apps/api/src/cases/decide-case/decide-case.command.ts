import type { CommandContext } from '../../platform/commands/command-context';
import type { DecideCaseDto } from './decide-case.dto';

export class DecideCaseCommand {
  constructor(
    readonly caseId: string,
    readonly body: DecideCaseDto,
    readonly context: CommandContext,
  ) {}
}

import type { CommandContext } from '../../platform/commands/command-context';
import type { CloseCaseDto } from './close-case.dto';

export class CloseCaseCommand {
  constructor(
    readonly caseId: string,
    readonly body: CloseCaseDto,
    readonly context: CommandContext,
  ) {}
}

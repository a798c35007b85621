import type { CommandContext } from '../../platform/commands/command-context';
import type { RecordFindingDto } from './record-finding.dto';

export class RecordFindingCommand {
  constructor(
    readonly caseId: string,
    readonly body: RecordFindingDto,
    readonly context: CommandContext,
  ) {}
}

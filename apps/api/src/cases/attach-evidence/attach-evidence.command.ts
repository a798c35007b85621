import type { CommandContext } from '../../platform/commands/command-context';
import type { AttachEvidenceDto } from './attach-evidence.dto';

export class AttachEvidenceCommand {
  constructor(
    readonly caseId: string,
    readonly evidenceId: string,
    readonly body: AttachEvidenceDto,
    readonly context: CommandContext,
  ) {}
}

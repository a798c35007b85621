import type { CommandContext } from '@dutyledger/ledger';
import type { AttachEvidenceDto } from './attach-evidence.dto';

export class AttachEvidenceCommand {
  constructor(
    readonly caseId: string,
    readonly evidenceId: string,
    readonly body: AttachEvidenceDto,
    readonly context: CommandContext,
  ) {}
}

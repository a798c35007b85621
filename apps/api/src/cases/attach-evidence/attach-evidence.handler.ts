import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AttachEvidence } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { AttachEvidenceCommand } from './attach-evidence.command';

@CommandHandler(AttachEvidenceCommand)
export class AttachEvidenceHandler implements ICommandHandler<AttachEvidenceCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, evidenceId, body, context }: AttachEvidenceCommand): Promise<CommandResult> {
    return this.cases.runForChild(caseId, evidenceId, context, (): AttachEvidence => ({
      type: 'AttachEvidence',
      data: {
        caseId,
        evidenceId,
        description: body.description,
        contentHash: body.contentHash.toLowerCase(),
        occurredAt: body.occurredAt,
      },
    }));
  }
}

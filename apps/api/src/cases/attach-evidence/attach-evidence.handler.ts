import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AttachEvidence, caseStream } from '@dutyledger/domain';
import { ChildIds } from '@dutyledger/ledger';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { AttachEvidenceCommand } from './attach-evidence.command';

@CommandHandler(AttachEvidenceCommand)
export class AttachEvidenceHandler implements ICommandHandler<AttachEvidenceCommand> {
  constructor(
    private readonly cases: CaseLedger,
    private readonly childIds: ChildIds,
  ) {}

  execute({ caseId, evidenceId, body, context }: AttachEvidenceCommand): Promise<CommandResult> {
    return this.cases.run(
      caseId,
      context,
      (): AttachEvidence => ({
        type: 'AttachEvidence',
        data: {
          caseId,
          evidenceId,
          description: body.description,
          contentHash: body.contentHash.toLowerCase(),
          occurredAt: body.occurredAt,
        },
      }),
      { beforeAppend: () => this.childIds.reserve(evidenceId, caseStream(caseId), context) },
    );
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AttachEvidence, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { AttachEvidenceCommand } from './attach-evidence.command';

@CommandHandler(AttachEvidenceCommand)
export class AttachEvidenceHandler implements ICommandHandler<AttachEvidenceCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ caseId, evidenceId, body, context }: AttachEvidenceCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      caseDecider,
      context,
      (): AttachEvidence => ({
        type: 'AttachEvidence',
        data: {
          caseId,
          evidenceId,
          description: body.description,
          contentHash: body.contentHash.toLowerCase(),
        },
      }),
    );
  }
}

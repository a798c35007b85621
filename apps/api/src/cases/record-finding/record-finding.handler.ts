import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type RecordFinding, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { RecordFindingCommand } from './record-finding.command';

@CommandHandler(RecordFindingCommand)
export class RecordFindingHandler implements ICommandHandler<RecordFindingCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ caseId, body, context }: RecordFindingCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      caseDecider,
      context,
      (): RecordFinding => ({
        type: 'RecordFinding',
        data: {
          caseId,
          cadreId: body.cadreId,
          responsible: body.responsible,
          responsibilityKind: body.responsibilityKind ?? null,
          reasoning: body.reasoning,
        },
      }),
    );
  }
}

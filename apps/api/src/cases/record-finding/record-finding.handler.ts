import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordFinding } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { RecordFindingCommand } from './record-finding.command';

@CommandHandler(RecordFindingCommand)
export class RecordFindingHandler implements ICommandHandler<RecordFindingCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, body, context }: RecordFindingCommand): Promise<CommandResult> {
    return this.cases.run(caseId, context, (): RecordFinding => ({
      type: 'RecordFinding',
      data: {
        caseId,
        cadreId: body.cadreId,
        responsible: body.responsible,
        responsibilityKind: body.responsibilityKind ?? null,
        reasoning: body.reasoning,
        circumstances: {
          aggravating: body.aggravating ?? [],
          mitigating: body.mitigating ?? [],
        },
        recordedBy: context.actor.id,
        occurredAt: body.occurredAt,
      },
    }));
  }
}

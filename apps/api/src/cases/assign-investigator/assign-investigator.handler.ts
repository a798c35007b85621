import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AssignInvestigator } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { AssignInvestigatorCommand } from './assign-investigator.command';

@CommandHandler(AssignInvestigatorCommand)
export class AssignInvestigatorHandler implements ICommandHandler<AssignInvestigatorCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, body, context }: AssignInvestigatorCommand): Promise<CommandResult> {
    return this.cases.run(caseId, context, (): AssignInvestigator => ({
      type: 'AssignInvestigator',
      data: { caseId, investigatorId: body.investigatorId, occurredAt: body.occurredAt },
    }));
  }
}

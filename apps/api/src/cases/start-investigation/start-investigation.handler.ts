import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { StartInvestigation } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseLedger } from '../case-ledger';
import { StartInvestigationCommand } from './start-investigation.command';

@CommandHandler(StartInvestigationCommand)
export class StartInvestigationHandler implements ICommandHandler<StartInvestigationCommand> {
  constructor(private readonly cases: CaseLedger) {}

  execute({ caseId, body, context }: StartInvestigationCommand): Promise<CommandResult> {
    return this.cases.run(caseId, context, (): StartInvestigation => ({
      type: 'StartInvestigation',
      data: { caseId, occurredAt: body.occurredAt },
    }));
  }
}

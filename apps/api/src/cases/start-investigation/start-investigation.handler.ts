import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type StartInvestigation, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { StartInvestigationCommand } from './start-investigation.command';

@CommandHandler(StartInvestigationCommand)
export class StartInvestigationHandler implements ICommandHandler<StartInvestigationCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ caseId, context }: StartInvestigationCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      caseDecider,
      context,
      (): StartInvestigation => ({ type: 'StartInvestigation', data: { caseId } }),
    );
  }
}

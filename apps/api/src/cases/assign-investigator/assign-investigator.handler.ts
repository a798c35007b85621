import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AssignInvestigator, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { AssignInvestigatorCommand } from './assign-investigator.command';

@CommandHandler(AssignInvestigatorCommand)
export class AssignInvestigatorHandler implements ICommandHandler<AssignInvestigatorCommand> {
  constructor(private readonly ledger: Ledger) {}

  execute({ caseId, body, context }: AssignInvestigatorCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      caseDecider,
      context,
      (): AssignInvestigator => ({
        type: 'AssignInvestigator',
        data: { caseId, investigatorId: body.investigatorId },
      }),
    );
  }
}

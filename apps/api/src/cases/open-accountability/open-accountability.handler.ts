import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type OpenAccountability, caseDecider, caseStream } from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { CaseFactsResolver } from '../case-facts.resolver';
import { OpenAccountabilityCommand } from './open-accountability.command';

@CommandHandler(OpenAccountabilityCommand)
export class OpenAccountabilityHandler implements ICommandHandler<OpenAccountabilityCommand> {
  constructor(
    private readonly ledger: Ledger,
    private readonly facts: CaseFactsResolver,
  ) {}

  execute({ caseId, body, context }: OpenAccountabilityCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      caseDecider,
      context,
      async (): Promise<OpenAccountability> => {
        const [openedBy, subjects, failures, accident] = await Promise.all([
          this.facts.openingDepartment(body.openedByDepartmentId),
          Promise.all(body.subjects.map((s) => this.facts.subject(s.cadreId, s.postId))),
          Promise.all(body.failures.map((failure) => this.facts.failure(failure))),
          body.accidentId === undefined ? null : this.facts.accident(body.accidentId),
        ]);
        return {
          type: 'OpenAccountability',
          data: {
            caseId,
            kind: body.kind,
            openedBy,
            subjects,
            grounds: { failures, accident },
            summary: body.summary,
          },
        };
      },
    );
  }
}

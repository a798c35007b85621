import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OpenAccountability } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseFactsResolver } from '../case-facts.resolver';
import { CaseGroundsReservations } from '../case-grounds.reservations';
import { CaseLedger } from '../case-ledger';
import { OpenAccountabilityCommand } from './open-accountability.command';

@CommandHandler(OpenAccountabilityCommand)
export class OpenAccountabilityHandler implements ICommandHandler<OpenAccountabilityCommand> {
  constructor(
    private readonly cases: CaseLedger,
    private readonly facts: CaseFactsResolver,
    private readonly grounds: CaseGroundsReservations,
  ) {}

  execute({ caseId, body, context }: OpenAccountabilityCommand): Promise<CommandResult> {
    return this.cases.run(
      caseId,
      context,
      async (): Promise<OpenAccountability> => {
        const accident =
          body.accidentId === undefined ? null : await this.facts.accident(body.accidentId);
        const accidentAt = accident?.occurredAt ?? null;
        const [openedBy, subjects, failures] = await Promise.all([
          this.facts.openingDepartment(body.openedByDepartmentId),
          Promise.all(
            body.subjects.map((s) => this.facts.subject(s.cadreId, s.postId, accidentAt)),
          ),
          Promise.all(body.failures.map((failure) => this.facts.failure(failure))),
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
            occurredAt: body.occurredAt,
          },
        };
      },
      { beforeAppend: (events, state) => this.grounds.reserve(caseId, state, events, context) },
    );
  }
}

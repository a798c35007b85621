import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReopenCase } from '@dutyledger/domain';
import type { CommandResult } from '@dutyledger/ledger';
import { CaseGroundsReservations } from '../case-grounds.reservations';
import { CaseLedger } from '../case-ledger';
import { ReopenCaseCommand } from './reopen-case.command';

/** A reopened case takes its grounds back, unless another case opened on them meanwhile. */
@CommandHandler(ReopenCaseCommand)
export class ReopenCaseHandler implements ICommandHandler<ReopenCaseCommand> {
  constructor(
    private readonly cases: CaseLedger,
    private readonly grounds: CaseGroundsReservations,
  ) {}

  execute({ caseId, body, context }: ReopenCaseCommand): Promise<CommandResult> {
    return this.cases.run(
      caseId,
      context,
      (): ReopenCase => ({
        type: 'ReopenCase',
        data: { caseId, reason: body.reason, occurredAt: body.occurredAt },
      }),
      { beforeAppend: (events, state) => this.grounds.reserve(caseId, state, events, context) },
    );
  }
}

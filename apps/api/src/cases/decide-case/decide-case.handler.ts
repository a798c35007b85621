import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  type CaseDecider,
  type DecideCase,
  caseStream,
  createCaseDecider,
} from '@dutyledger/domain';
import type { CommandResult } from '../../platform/commands/command-result';
import { Ledger } from '../../platform/commands/ledger';
import { CONFIG } from '@dutyledger/platform';
import { DecideCaseCommand } from './decide-case.command';

@CommandHandler(DecideCaseCommand)
export class DecideCaseHandler implements ICommandHandler<DecideCaseCommand> {
  /** The decision opens the appeal window, whose length is configured. */
  private readonly decider: CaseDecider;

  constructor(
    private readonly ledger: Ledger,
    @Inject(CONFIG) config: DutyLedgerConfig,
  ) {
    this.decider = createCaseDecider({ appealWindowDays: config.policy.appealWindowDays });
  }

  execute({ caseId, context }: DecideCaseCommand): Promise<CommandResult> {
    return this.ledger.execute(
      caseStream(caseId),
      caseId,
      this.decider,
      context,
      (): DecideCase => ({ type: 'DecideCase', data: { caseId } }),
    );
  }
}

import { Inject, Injectable } from '@nestjs/common';
import {
  type CaseCommand,
  type CaseDecider,
  type CaseEvent,
  type CaseState,
  caseStream,
} from '@dutyledger/domain';
import type { CommandContext } from '@dutyledger/ledger';
import type { CommandResult } from '@dutyledger/ledger';
import { type ExecuteOptions, Ledger } from '@dutyledger/ledger';
import { CASE_DECIDER } from './case-decider.provider';

/** Runs a command on a case's stream with the configured case decider. */
@Injectable()
export class CaseLedger {
  constructor(
    private readonly ledger: Ledger,
    @Inject(CASE_DECIDER) private readonly decider: CaseDecider,
  ) {}

  run(
    caseId: string,
    context: CommandContext,
    prepare: (state: CaseState) => Promise<CaseCommand> | CaseCommand,
    options: ExecuteOptions<CaseEvent, CaseState> = {},
  ): Promise<CommandResult> {
    return this.ledger.execute(caseStream(caseId), caseId, this.decider, context, prepare, options);
  }
}

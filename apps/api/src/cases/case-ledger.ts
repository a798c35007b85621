import { Inject, Injectable } from '@nestjs/common';
import {
  type CaseCommand,
  type CaseDecider,
  type CaseEvent,
  type CaseState,
  caseStream,
} from '@dutyledger/domain';
import {
  ChildIds,
  type CommandContext,
  type CommandResult,
  type ExecuteOptions,
  Ledger,
} from '@dutyledger/ledger';
import { CASE_DECIDER } from './case-decider.provider';

/** Runs a command on a case's stream with the configured case decider. */
@Injectable()
export class CaseLedger {
  constructor(
    private readonly ledger: Ledger,
    @Inject(CASE_DECIDER) private readonly decider: CaseDecider,
    private readonly childIds: ChildIds,
  ) {}

  run(
    caseId: string,
    context: CommandContext,
    prepare: (state: CaseState) => Promise<CaseCommand> | CaseCommand,
    options: ExecuteOptions<CaseEvent, CaseState> = {},
  ): Promise<CommandResult> {
    return this.ledger.execute(caseStream(caseId), caseId, this.decider, context, prepare, options);
  }

  /**
   * Runs a command that records a child of the case (evidence, a sanction, an appeal) under an
   * id the caller chose: the id is reserved for this case before the events are appended.
   */
  runForChild(
    caseId: string,
    childId: string,
    context: CommandContext,
    prepare: (state: CaseState) => Promise<CaseCommand> | CaseCommand,
  ): Promise<CommandResult> {
    return this.run(caseId, context, prepare, {
      beforeAppend: () => this.childIds.reserve(childId, caseStream(caseId), context),
    });
  }
}

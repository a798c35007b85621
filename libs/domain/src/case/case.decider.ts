import type { Decider } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { DEFAULT_APPEAL_WINDOW_DAYS } from '../policies/deadlines';
import type { CaseCommand } from './case.commands';
import type { CaseEvent } from './case.events';
import { evolveCase } from './case.evolve';
import { requireOpened } from './case.guards';
import type { CaseState } from './case.state';
import { initialCaseState } from './case.state';
import { decideAppeal, decideFileAppeal } from './decide-appeal';
import { decideCloseCase, decideReopenCase } from './decide-closing';
import { decideExtendDeadline } from './decide-deadline';
import { decideCase } from './decide-decision';
import { decideRecordFinding, decideSanction } from './decide-finding';
import {
  decideAssignInvestigator,
  decideAttachEvidence,
  decideRecordSubjectStatement,
  decideStartInvestigation,
} from './decide-investigation';
import { decideOpenAccountability } from './decide-opening';

/** What the handler configures about cases. */
export interface CasePolicy {
  /** days after the decision during which a sanctioned subject may appeal (default 30) */
  readonly appealWindowDays: number;
}

export const DEFAULT_CASE_POLICY: CasePolicy = { appealWindowDays: DEFAULT_APPEAL_WINDOW_DAYS };

export type CaseDecider = Decider<CaseCommand, CaseEvent, CaseState>;

/** The accountability case decider with the given policy (defaults for anything left out). */
export function createCaseDecider(overrides: Partial<CasePolicy> = {}): CaseDecider {
  const policy: CasePolicy = { ...DEFAULT_CASE_POLICY, ...overrides };
  if (!Number.isInteger(policy.appealWindowDays) || policy.appealWindowDays < 1) {
    throw new RangeError(`appealWindowDays must be a positive whole number of days`);
  }
  return {
    initialState: initialCaseState,
    evolve: evolveCase,
    decide(command, state, context) {
      const now = context.now.toISOString();
      if (command.type === 'OpenAccountability') {
        return decideOpenAccountability(command, state, now);
      }
      const opened = requireOpened(state, command.data.caseId);
      switch (command.type) {
        case 'AssignInvestigator':
          return decideAssignInvestigator(command, opened, now);
        case 'StartInvestigation':
          return decideStartInvestigation(command, opened, now);
        case 'AttachEvidence':
          return decideAttachEvidence(command, opened, now);
        case 'RecordSubjectStatement':
          return decideRecordSubjectStatement(command, opened, now);
        case 'RecordFinding':
          return decideRecordFinding(command, opened, now);
        case 'DecideSanction':
          return decideSanction(command, opened, now);
        case 'DecideCase':
          return decideCase(command, opened, now, policy.appealWindowDays);
        case 'FileAppeal':
          return decideFileAppeal(command, opened, now);
        case 'DecideAppeal':
          return decideAppeal(command, opened, now);
        case 'ExtendDeadline':
          return decideExtendDeadline(command, opened, now);
        case 'CloseCase':
          return decideCloseCase(command, opened, now);
        case 'ReopenCase':
          return decideReopenCase(command, opened, now);
        default:
          return unreachable(command);
      }
    },
  };
}

/** The case decider with the default policy (30-day appeal window). */
export const caseDecider: CaseDecider = createCaseDecider();

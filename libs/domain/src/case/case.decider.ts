import { CASE_EVENT_TYPES } from './case.schema';
import type { Decider } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { DEFAULT_APPEAL_WINDOW_DAYS, DEFAULT_HEARING_RESPONSE_DAYS } from '../policies/deadlines';
import type { CaseCommand } from './case.commands';
import type { CaseEvent } from './case.events';
import { evolveCase } from './case.evolve';
import { requireOpened } from './case.guards';
import type { CaseState } from './case.state';
import { initialCaseState } from './case.state';
import { decideAppeal, decideFileAppeal, decideWaiveAppeal } from './decide-appeal';
import { decideCloseCase, decideReopenCase } from './decide-closing';
import { decideExtendDeadline } from './decide-deadline';
import { decideCase } from './decide-decision';
import { decideRecordFinding, decideSanction } from './decide-finding';
import {
  decideAssignInvestigator,
  decideAttachEvidence,
  decideRecordSubjectStatement,
  decideServeHearingNotice,
  decideStartInvestigation,
} from './decide-investigation';
import { decideOpenAccountability } from './decide-opening';

/** What the handler configures about cases. */
export interface CasePolicy {
  /** days after the decision during which a sanctioned subject may appeal (default 30) */
  readonly appealWindowDays: number;
  /** days a subject has to answer a hearing notice (default 5) */
  readonly hearingResponseDays: number;
}

export const DEFAULT_CASE_POLICY: CasePolicy = {
  appealWindowDays: DEFAULT_APPEAL_WINDOW_DAYS,
  hearingResponseDays: DEFAULT_HEARING_RESPONSE_DAYS,
};

export type CaseDecider = Decider<CaseCommand, CaseEvent, CaseState>;

/** The accountability case decider with the given policy (defaults for anything left out). */
export function createCaseDecider(overrides: Partial<CasePolicy> = {}): CaseDecider {
  const policy: CasePolicy = { ...DEFAULT_CASE_POLICY, ...overrides };
  for (const [name, days] of Object.entries(policy)) {
    if (!Number.isInteger(days) || days < 1) {
      throw new RangeError(`${name} must be a positive whole number of days`);
    }
  }
  return {
    initialState: initialCaseState,
    eventTypes: CASE_EVENT_TYPES,
    evolve: evolveCase,
    decide(command, state, context) {
      if (command.type === 'OpenAccountability') {
        return decideOpenAccountability(command, state, context);
      }
      const opened = requireOpened(state, command.data.caseId);
      switch (command.type) {
        case 'AssignInvestigator':
          return decideAssignInvestigator(command, opened, context);
        case 'StartInvestigation':
          return decideStartInvestigation(command, opened, context);
        case 'AttachEvidence':
          return decideAttachEvidence(command, opened, context);
        case 'ServeHearingNotice':
          return decideServeHearingNotice(command, opened, context, policy.hearingResponseDays);
        case 'RecordSubjectStatement':
          return decideRecordSubjectStatement(command, opened, context);
        case 'RecordFinding':
          return decideRecordFinding(command, opened, context);
        case 'DecideSanction':
          return decideSanction(command, opened, context);
        case 'DecideCase':
          return decideCase(command, opened, context, policy.appealWindowDays);
        case 'WaiveAppeal':
          return decideWaiveAppeal(command, opened, context);
        case 'FileAppeal':
          return decideFileAppeal(command, opened, context);
        case 'DecideAppeal':
          return decideAppeal(command, opened, context);
        case 'ExtendDeadline':
          return decideExtendDeadline(command, opened, context);
        case 'CloseCase':
          return decideCloseCase(command, opened, context);
        case 'ReopenCase':
          return decideReopenCase(command, opened, context);
        default:
          return unreachable(command);
      }
    },
  };
}

/** The case decider with the default policy (30-day appeal window, 5-day hearing response). */
export const caseDecider: CaseDecider = createCaseDecider();

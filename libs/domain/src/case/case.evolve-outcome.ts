import { unreachable } from '../shared/decider';
import { deadlineAfter } from './case.deadline';
import type {
  AppealDecided,
  AppealWaived,
  CaseClosed,
  CaseDecided,
  CaseReopened,
  DeadlineExtended,
  AppealFiled,
  SanctionDecided,
  SanctionWithdrawn,
} from './case.events';
import type { CaseParticipants, CaseSanction, EndedSanction, OpenedCase } from './case.state';

/**
 * The events from sanctions to reopening: what the case decided and what became of it. Statuses
 * are not set here: `caseStatusAfter` (case.status.ts) moves them.
 */
export type CaseOutcomeEvent =
  | SanctionWithdrawn
  | SanctionDecided
  | CaseDecided
  | AppealWaived
  | AppealFiled
  | AppealDecided
  | DeadlineExtended
  | CaseClosed
  | CaseReopened;

function endSanction(
  state: OpenedCase,
  sanctionId: string,
  endedAt: string,
  endedBecause: EndedSanction['endedBecause'],
): OpenedCase {
  const ended = state.sanctions
    .filter((sanction) => sanction.sanctionId === sanctionId)
    .map((sanction) => ({ ...sanction, endedAt, endedBecause }));
  return {
    ...state,
    sanctions: state.sanctions.filter((sanction) => sanction.sanctionId !== sanctionId),
    endedSanctions: [...state.endedSanctions, ...ended],
  };
}

function withParticipant(
  state: OpenedCase,
  role: keyof CaseParticipants,
  who: string | null,
): OpenedCase {
  if (who === null) return state;
  return {
    ...state,
    participants: { ...state.participants, [role]: [...state.participants[role], who] },
  };
}

function decideAppeal(state: OpenedCase, { data }: AppealDecided): OpenedCase {
  const appeals = state.appeals.map((appeal) =>
    appeal.appealId === data.appealId
      ? { ...appeal, outcome: data.outcome, reasoning: data.reasoning, decidedAt: data.occurredAt }
      : appeal,
  );
  let next: OpenedCase = withParticipant({ ...state, appeals }, 'appealDeciders', data.decidedBy);
  switch (data.outcome) {
    case 'UPHELD':
      break;
    case 'SANCTION_REVOKED':
      next = endSanction(next, data.sanctionId, data.occurredAt, 'REVOKED_ON_APPEAL');
      break;
    case 'SANCTION_CHANGED': {
      const { changedSanction } = data;
      const change = (sanction: CaseSanction): CaseSanction =>
        sanction.sanctionId === data.sanctionId && changedSanction !== null
          ? { ...sanction, sanction: changedSanction, changedByAppealId: data.appealId }
          : sanction;
      next = { ...next, sanctions: next.sanctions.map(change) };
      break;
    }
    default:
      return unreachable(data.outcome);
  }
  return next;
}

export function evolveOutcome(state: OpenedCase, event: CaseOutcomeEvent): OpenedCase {
  switch (event.type) {
    case 'SanctionWithdrawn': {
      const { sanctionId, occurredAt } = event.data;
      return endSanction(state, sanctionId, occurredAt, 'WITHDRAWN_FINDING_SUPERSEDED');
    }
    case 'SanctionDecided': {
      const { sanctionId, cadreId, sanction, decidedBy, occurredAt } = event.data;
      const decided = {
        sanctionId,
        cadreId,
        sanction,
        decidedBy,
        decidedAt: occurredAt,
        round: state.reopenCount,
        changedByAppealId: null,
      };
      return withParticipant(
        { ...state, sanctions: [...state.sanctions, decided] },
        'sanctionDeciders',
        decidedBy,
      );
    }
    case 'CaseDecided': {
      const { occurredAt, appealWindowClosesAt, decidedBy } = event.data;
      const deadline = deadlineAfter(state.deadline, event);
      return withParticipant(
        { ...state, decidedAt: occurredAt, appealWindowClosesAt, deadline },
        'caseDeciders',
        decidedBy,
      );
    }
    case 'AppealWaived': {
      const { cadreId, sanctionId, occurredAt } = event.data;
      const waiver = { cadreId, sanctionId, waivedAt: occurredAt, round: state.reopenCount };
      return { ...state, waivers: [...state.waivers, waiver] };
    }
    case 'AppealFiled': {
      const { appealId, cadreId, sanctionId, grounds, occurredAt } = event.data;
      const appeal = {
        appealId,
        cadreId,
        sanctionId,
        grounds,
        filedAt: occurredAt,
        outcome: null,
        reasoning: null,
        decidedAt: null,
        round: state.reopenCount,
      };
      return { ...state, appeals: [...state.appeals, appeal] };
    }
    case 'AppealDecided':
      return decideAppeal(state, event);
    case 'DeadlineExtended':
      return { ...state, deadline: deadlineAfter(state.deadline, event) };
    case 'CaseClosed':
      return { ...state, closedAt: event.data.occurredAt };
    case 'CaseReopened':
      return {
        ...state,
        closedAt: null,
        reopenedAt: event.data.occurredAt,
        investigationStartedAt: null,
        reopenCount: state.reopenCount + 1,
      };
    default:
      return unreachable(event);
  }
}

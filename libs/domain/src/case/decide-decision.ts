import type { DecisionContext } from '../shared/decider';
import { appealWindowClosesAt } from '../policies/deadlines';
import type { DecideCase } from './case.commands';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import { caseError, requireAfter, requireUnderInvestigation, stepTime } from './case.guards';
import type { OpenedCase } from './case.state';
import { currentRound } from './case.state';

/** The latest of some instants (null when there are none). */
function latest(instants: readonly string[]): string | null {
  return instants.reduce<string | null>(
    (found, at) => (found === null || Date.parse(at) > Date.parse(found) ? at : found),
    null,
  );
}

/**
 * Issues the decision: every subject needs a finding; the decider took no part in the
 * investigation; the appeal window opens then, counted in the jurisdiction's days.
 */
export function decideCase(
  { data }: DecideCase,
  state: OpenedCase,
  context: DecisionContext,
  appealWindowDays: number,
): CaseEvent[] {
  requireUnderInvestigation(state, 'decide the case');
  const unfound = state.subjects.filter(({ cadreId }) => state.findings[cadreId] === undefined);
  if (unfound.length > 0) {
    const names = unfound.map(({ cadreId }) => cadreId).join(', ');
    throw caseError(CASE_ERRORS.FINDINGS_INCOMPLETE, `No finding yet on cadre(s) ${names}`);
  }
  const investigators = [...state.formerInvestigatorIds, state.investigatorId];
  if (
    investigators.includes(data.decidedBy) ||
    state.participants.findingRecorders.includes(data.decidedBy)
  ) {
    throw caseError(
      CASE_ERRORS.CASE_DECIDED_BY_INVESTIGATOR,
      `${data.decidedBy} took part in investigating case ${data.caseId} and cannot decide it`,
    );
  }
  const at = stepTime(data, context);
  const round = currentRound(state);
  const roundSteps = [
    ...Object.values(state.findings)
      .filter((finding) => finding.round === round)
      .map((finding) => finding.recordedAt),
    ...state.sanctions.filter((s) => s.round === round).map((s) => s.decidedAt),
  ];
  requireAfter(at, latest(roundSteps), 'The decision', 'the findings and sanctions it issues');
  return [
    {
      type: 'CaseDecided',
      data: {
        caseId: data.caseId,
        appealWindowClosesAt: appealWindowClosesAt(at, appealWindowDays, context.calendar),
        decidedBy: data.decidedBy,
        occurredAt: at,
      },
    },
  ];
}

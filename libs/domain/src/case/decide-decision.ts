import { appealWindowClosesAt } from '../policies/deadlines';
import type { DecideCase } from './case.commands';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import { caseError, requireUnderInvestigation } from './case.guards';
import type { OpenedCase } from './case.state';

/** Issues the decision: every subject needs a finding; the appeal window opens now. */
export function decideCase(
  { data }: DecideCase,
  state: OpenedCase,
  now: string,
  appealWindowDays: number,
): CaseEvent[] {
  requireUnderInvestigation(state, 'decide the case');
  const unfound = state.subjects.filter(({ cadreId }) => state.findings[cadreId] === undefined);
  if (unfound.length > 0) {
    const names = unfound.map(({ cadreId }) => cadreId).join(', ');
    throw caseError(CASE_ERRORS.FINDINGS_INCOMPLETE, `No finding yet on cadre(s) ${names}`);
  }
  return [
    {
      type: 'CaseDecided',
      data: {
        caseId: data.caseId,
        appealWindowClosesAt: appealWindowClosesAt(now, appealWindowDays),
        occurredAt: now,
      },
    },
  ];
}

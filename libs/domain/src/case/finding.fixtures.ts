/** Findings and sanctions of one case, as the finding and sanction specs give and expect them. */
import { spec } from '../testing/decider-spec';
import type { DecideSanction, RecordFinding } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent, FindingRecorded } from './case.events';
import {
  CASE_ID,
  hearingNoticeServed,
  INVESTIGATOR,
  investigationStarted,
  investigatorAssigned,
  NO_CIRCUMSTANCES,
  NOW,
  opened,
  statementRecorded,
  SUPERVISOR,
  underInvestigation,
  ZHANG,
} from './case.fixtures';

export const at = { caseId: CASE_ID, occurredAt: NOW };
export const given = (events = heard()) => spec(caseDecider).given(events);
/** Under investigation, and Zhang gave his statement. */
export function heard(): CaseEvent[] {
  return [...underInvestigation(), statementRecorded()];
}
/** Opened, assigned and started on 5 January; Zhang served a notice then, to answer by the 10th. */
export const NOTICE_SERVED = '2026-01-05T09:00:00.000Z';
export const NOTICE_RESPOND_BY = '2026-01-10T15:59:59.999Z';
export const noticeServedOnTheFifth = (): CaseEvent[] => [
  ...opened(NOTICE_SERVED),
  investigatorAssigned(INVESTIGATOR, null, NOTICE_SERVED),
  investigationStarted(NOTICE_SERVED),
  hearingNoticeServed(ZHANG, NOTICE_SERVED, NOTICE_RESPOND_BY),
];

export const find = (data: Partial<RecordFinding['data']> = {}): RecordFinding => ({
  type: 'RecordFinding',
  data: {
    caseId: CASE_ID,
    cadreId: ZHANG,
    responsible: true,
    responsibilityKind: 'LEADERSHIP',
    reasoning: 'Signed off the plan, never followed it up',
    circumstances: NO_CIRCUMSTANCES,
    recordedBy: INVESTIGATOR,
    ...data,
  },
});
export const findingEvent = (data: Partial<FindingRecorded['data']> = {}): CaseEvent => ({
  type: 'FindingRecorded',
  data: {
    ...at,
    cadreId: ZHANG,
    responsible: true,
    responsibilityKind: 'LEADERSHIP',
    reasoning: 'Signed off the plan, never followed it up',
    hearing: 'STATEMENT',
    aggravating: [],
    mitigating: [],
    recordedBy: INVESTIGATOR,
    ...data,
  },
});
export const notResponsible = {
  responsible: false,
  responsibilityKind: null,
  reasoning: 'Duty was not his',
} as const;
export const sanction = (data: Partial<DecideSanction['data']> = {}): DecideSanction => ({
  type: 'DecideSanction',
  data: {
    caseId: CASE_ID,
    sanctionId: 'sanction-1',
    cadreId: ZHANG,
    sanction: 'CIRCULATED_CRITICISM',
    decidedBy: SUPERVISOR,
    ...data,
  },
});
export const sanctionEvent = (data: Partial<DecideSanction['data']> = {}): CaseEvent => {
  const { caseId: _caseId, ...decision } = sanction(data).data;
  return { type: 'SanctionDecided', data: { ...at, ...decision } };
};
export const withdrawn = (sanctionId = 'sanction-1'): CaseEvent => ({
  type: 'SanctionWithdrawn',
  data: { ...at, sanctionId, cadreId: ZHANG, reason: 'FINDING_SUPERSEDED' },
});

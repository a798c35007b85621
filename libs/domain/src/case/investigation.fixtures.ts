/** Investigation steps of one case (investigator, start, evidence, statements, hearing notices), as the investigation specs give and expect them. */
import { spec } from '../testing/decider-spec';
import type {
  AssignInvestigator,
  AttachEvidence,
  RecordSubjectStatement,
  ServeHearingNotice,
  StartInvestigation,
} from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import {
  CASE_ID,
  HASH,
  INVESTIGATOR,
  investigationStarted,
  investigatorAssigned,
  NOW,
  opened,
  underInvestigation,
  ZHANG,
} from './case.fixtures';

export const at = { caseId: CASE_ID, occurredAt: NOW };
export const given = (events = underInvestigation()) => spec(caseDecider).given(events);
/** The case was opened, assigned and started a week ago; steps may be dated since then. */
export const WEEK_AGO = '2026-01-08T09:00:00.000Z';
export const startedWeekAgo = (): CaseEvent[] => [
  ...opened(WEEK_AGO),
  investigatorAssigned(INVESTIGATOR, null, WEEK_AGO),
  investigationStarted(WEEK_AGO),
];
export const BEFORE_WEEK_AGO = '2026-01-08T16:59:59+08:00';

export const assign = (investigatorId = INVESTIGATOR, occurredAt?: string): AssignInvestigator => ({
  type: 'AssignInvestigator',
  data: { caseId: CASE_ID, investigatorId, ...(occurredAt === undefined ? {} : { occurredAt }) },
});
export const start = (occurredAt?: string): StartInvestigation => ({
  type: 'StartInvestigation',
  data: { caseId: CASE_ID, ...(occurredAt === undefined ? {} : { occurredAt }) },
});
export const serve = (cadreId = ZHANG, occurredAt?: string): ServeHearingNotice => ({
  type: 'ServeHearingNotice',
  data: { caseId: CASE_ID, cadreId, ...(occurredAt === undefined ? {} : { occurredAt }) },
});
export const attach = (data: Partial<AttachEvidence['data']> = {}): AttachEvidence => ({
  type: 'AttachEvidence',
  data: {
    caseId: CASE_ID,
    evidenceId: 'evidence-1',
    description: 'Inspection log 2025-Q4',
    contentHash: HASH,
    ...data,
  },
});
export const state = (
  cadreId = ZHANG,
  statement = 'I was on leave',
  occurredAt?: string,
): RecordSubjectStatement => ({
  type: 'RecordSubjectStatement',
  data: {
    caseId: CASE_ID,
    cadreId,
    statement,
    ...(occurredAt === undefined ? {} : { occurredAt }),
  },
});

/** Appeals of one decided case, as the appeal specs give and expect them. */
import { spec } from '../testing/decider-spec';
import type { DecideAppeal, FileAppeal, WaiveAppeal } from './case.commands';
import { caseDecider } from './case.decider';
import type { AppealDecided, CaseEvent } from './case.events';
import {
  APPEAL_SUPERVISOR,
  CASE_ID,
  caseDecided,
  decided,
  findingRecorded,
  investigationStarted,
  investigatorAssigned,
  LI,
  NOW,
  openedPostAccident,
  plus,
  sanctionDecided,
  statementRecorded,
  underInvestigation,
  WINDOW_CLOSES,
  ZHANG,
} from './case.fixtures';
import type { Sanction } from './case.vocabulary';

export const at = { caseId: CASE_ID, occurredAt: NOW };
export const given = (events = decided()) => spec(caseDecider).given(events);
export const AFTER_WINDOW = plus(WINDOW_CLOSES, 1);
/** 16:59:59 on 15 January Beijing time: one second before the decision at NOW. */
export const BEFORE_DECISION = '2026-01-15T16:59:59+08:00';

export const file = (data: Partial<FileAppeal['data']> = {}): FileAppeal => ({
  type: 'FileAppeal',
  data: { caseId: CASE_ID, appealId: 'appeal-1', cadreId: ZHANG, grounds: 'Too harsh', ...data },
});
export const filed = (data: Partial<Extract<CaseEvent, { type: 'AppealFiled' }>['data']> = {}) => ({
  type: 'AppealFiled' as const,
  data: {
    ...at,
    appealId: 'appeal-1',
    cadreId: ZHANG,
    sanctionId: 'sanction-1',
    grounds: 'Too harsh',
    ...data,
  },
});
export const waive = (data: Partial<WaiveAppeal['data']> = {}): WaiveAppeal => ({
  type: 'WaiveAppeal',
  data: { caseId: CASE_ID, cadreId: ZHANG, ...data },
});
export const rule = (data: Partial<DecideAppeal['data']> = {}): DecideAppeal => ({
  type: 'DecideAppeal',
  data: {
    caseId: CASE_ID,
    appealId: 'appeal-1',
    outcome: 'UPHELD',
    changedSanction: null,
    reasoning: 'The failure was serious',
    decidedBy: APPEAL_SUPERVISOR,
    ...data,
  },
});
export const appealDecided = (data: Partial<AppealDecided['data']> = {}): CaseEvent => ({
  type: 'AppealDecided',
  data: {
    ...at,
    appealId: 'appeal-1',
    cadreId: ZHANG,
    sanctionId: 'sanction-1',
    outcome: 'UPHELD',
    changedSanction: null,
    reasoning: 'The failure was serious',
    decidedBy: APPEAL_SUPERVISOR,
    ...data,
  },
});

/** Zhang heard, found responsible and given `measure`; the decision issued now. */
export const decidedWith = (measure: Sanction): CaseEvent[] => [
  ...underInvestigation(),
  statementRecorded(),
  findingRecorded(),
  sanctionDecided(ZHANG, measure),
  caseDecided(),
];
/** Zhang sanctioned; Li found responsible but only referred to the discipline inspection. */
export const liOnlyReferred = (): CaseEvent[] => [
  ...openedPostAccident(),
  investigatorAssigned(),
  investigationStarted(),
  statementRecorded(ZHANG),
  statementRecorded(LI),
  findingRecorded(ZHANG),
  findingRecorded(LI),
  sanctionDecided(ZHANG, 'CIRCULATED_CRITICISM', 'sanction-1'),
  sanctionDecided(LI, 'REFERRAL_TO_DISCIPLINE_INSPECTION', 'sanction-2'),
  caseDecided(),
];
export const liAppealed = filed({
  appealId: 'appeal-2',
  cadreId: LI,
  sanctionId: 'sanction-2',
  grounds: 'Not mine',
});

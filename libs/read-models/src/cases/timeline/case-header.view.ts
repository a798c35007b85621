import {
  type Appeal,
  type CaseDeadline,
  type CaseKind,
  type CaseSanction,
  type CaseStatus,
  type CitedAccidentFact,
  type CitedFailure,
  type EndedSanction,
  type Evidence,
  type Finding,
  type HearingNotice,
  type AppealWaiver,
  type OpenedCase,
  type Sanction,
  isMeasure,
  isOverdue,
} from '@dutyledger/domain';
import type { CaseLabels } from '../case-labels';
import type { CaseHeaderRow } from './case-header.entity';

/** What became of a sanction: in force as decided, in force as changed on appeal, or ended. */
export type SanctionStanding = 'STANDING' | 'CHANGED_ON_APPEAL' | 'REVOKED_ON_APPEAL' | 'WITHDRAWN';

/** A subject of the case with names (null when the name is not known to the read model). */
export interface NamedSubject {
  cadreId: string;
  name: string | null;
  postId: string;
  postTitle: string | null;
}

export interface CitedFailureView extends CitedFailure {
  postTitle: string | null;
  responsibleCadreName: string | null;
}

export interface FindingView extends Finding {
  name: string | null;
}

export interface SanctionView {
  sanctionId: string;
  cadreId: string;
  name: string | null;
  /** the sanction in force, or the one that was in force when it ended */
  sanction: Sanction;
  /** the sanction as first decided (differs from `sanction` once changed on appeal) */
  decidedSanction: Sanction;
  /** a measure, or a referral to another organ (no severity, no appeal) */
  category: 'MEASURE' | 'REFERRAL';
  status: SanctionStanding;
  decidedBy: string;
  decidedAt: string;
  round: number;
  changedByAppealId: string | null;
  endedAt: string | null;
}

export interface AppealView extends Appeal {
  name: string | null;
  /** who decided the appeal; null while pending (or not recorded) */
  decidedBy: string | null;
}

export interface HearingNoticeView extends HearingNotice {
  name: string | null;
}

export interface WaiverView extends AppealWaiver {
  name: string | null;
}

export interface CaseHeaderView {
  caseId: string;
  kind: CaseKind;
  status: CaseStatus;
  openedByDepartmentId: string;
  departmentName: string | null;
  summary: string;
  openedAt: string;
  subjects: NamedSubject[];
  grounds: { failures: CitedFailureView[]; accident: CitedAccidentFact | null };
  investigatorId: string | null;
  formerInvestigatorIds: string[];
  deadline: CaseDeadline | null;
  /** decided at query time: the deadline has passed and no decision stopped it */
  overdue: boolean;
  evidence: Evidence[];
  /** hearing notices served on subjects, each with the end of its response period */
  hearingNotices: HearingNoticeView[];
  /** the latest finding per subject: how the subject was heard, circumstances, investigator */
  findings: FindingView[];
  /** sanctions in force first, then the ended ones */
  sanctions: SanctionView[];
  appeals: AppealView[];
  /** subjects who gave up the appeal of a decision */
  waivers: WaiverView[];
  decidedAt: string | null;
  /** who issued the latest decision */
  decidedBy: string | null;
  /** the last moment an appeal of the latest decision may be filed */
  appealWindowClosesAt: string | null;
  /** decided at query time: the case stands decided and its appeal window has not closed */
  appealWindowOpen: boolean;
  closedAt: string | null;
  reopenCount: number;
  /** the case stream's revision and the log position this header reflects */
  revision: string;
  position: string;
}

export const cadreName = (labels: CaseLabels, cadreId: string): string | null =>
  labels.cadres[cadreId] ?? null;

/** The subjects of a case with the names its labels know. */
export function namedSubjects(
  state: Pick<OpenedCase, 'subjects'>,
  labels: CaseLabels,
): NamedSubject[] {
  return state.subjects.map(({ cadreId, postId }) => ({
    cadreId,
    name: cadreName(labels, cadreId),
    postId,
    postTitle: labels.posts[postId] ?? null,
  }));
}

function sanctionView(
  sanction: CaseSanction | EndedSanction,
  row: CaseHeaderRow,
  status: SanctionStanding,
): SanctionView {
  return {
    sanctionId: sanction.sanctionId,
    cadreId: sanction.cadreId,
    name: cadreName(row.labels, sanction.cadreId),
    sanction: sanction.sanction,
    decidedSanction: row.decidedSanctions[sanction.sanctionId] ?? sanction.sanction,
    category: isMeasure(sanction.sanction) ? 'MEASURE' : 'REFERRAL',
    status,
    decidedBy: sanction.decidedBy,
    decidedAt: sanction.decidedAt,
    round: sanction.round,
    changedByAppealId: sanction.changedByAppealId,
    endedAt: 'endedAt' in sanction ? sanction.endedAt : null,
  };
}

function sanctionViews(state: OpenedCase, row: CaseHeaderRow): SanctionView[] {
  const inForce = state.sanctions.map((sanction) =>
    sanctionView(sanction, row, sanction.changedByAppealId ? 'CHANGED_ON_APPEAL' : 'STANDING'),
  );
  const ended = state.endedSanctions.map((sanction) =>
    sanctionView(
      sanction,
      row,
      sanction.endedBecause === 'REVOKED_ON_APPEAL' ? 'REVOKED_ON_APPEAL' : 'WITHDRAWN',
    ),
  );
  return [...inForce, ...ended];
}

/** While a decided (or appealed) case may still be appealed, by business time. */
function appealWindowOpen(state: OpenedCase, now: Date): boolean {
  const decided = state.status === 'DECIDED' || state.status === 'APPEALED';
  const closes = state.appealWindowClosesAt;
  return decided && closes !== null && now.getTime() <= Date.parse(closes);
}

/** The header as the API answers it; `now` decides the overdue and appeal-window flags. */
export function caseHeaderView(row: CaseHeaderRow, state: OpenedCase, now: Date): CaseHeaderView {
  const { labels } = row;
  return {
    caseId: state.caseId,
    kind: state.kind,
    status: state.status,
    openedByDepartmentId: state.openedByDepartmentId,
    departmentName: labels.departments[state.openedByDepartmentId] ?? null,
    summary: state.summary,
    openedAt: state.openedAt,
    subjects: namedSubjects(state, labels),
    grounds: {
      failures: state.grounds.failures.map((failure) => ({
        ...failure,
        postTitle: labels.posts[failure.postId] ?? null,
        responsibleCadreName:
          failure.responsibleCadreId === null
            ? null
            : cadreName(labels, failure.responsibleCadreId),
      })),
      accident: state.grounds.accident,
    },
    investigatorId: state.investigatorId,
    formerInvestigatorIds: [...state.formerInvestigatorIds],
    deadline: state.deadline,
    overdue: isOverdue(state, now),
    evidence: [...state.evidence],
    hearingNotices: state.hearingNotices.map((notice) => ({
      ...notice,
      name: cadreName(labels, notice.cadreId),
    })),
    findings: Object.values(state.findings).map((finding) => ({
      ...finding,
      name: cadreName(labels, finding.cadreId),
    })),
    sanctions: sanctionViews(state, row),
    appeals: state.appeals.map((appeal) => ({
      ...appeal,
      name: cadreName(labels, appeal.cadreId),
      decidedBy: row.appealDeciders[appeal.appealId] ?? null,
    })),
    waivers: state.waivers.map((waiver) => ({
      ...waiver,
      name: cadreName(labels, waiver.cadreId),
    })),
    decidedAt: state.decidedAt,
    decidedBy: state.participants.caseDeciders.at(-1) ?? null,
    appealWindowClosesAt: state.appealWindowClosesAt,
    appealWindowOpen: appealWindowOpen(state, now),
    closedAt: state.closedAt,
    reopenCount: state.reopenCount,
    revision: String(row.revision),
    position: String(row.lastPosition),
  };
}

import type { CaseGrounds, CaseSubject } from './case.facts';
import type {
  AppealOutcome,
  CaseKind,
  CaseStatus,
  ResponsibilityKind,
  Sanction,
} from './case.vocabulary';

/** Post-accident investigations have a deadline; pre-accident cases have none (no statutory one). */
export interface CaseDeadline {
  readonly dueAt: string;
  readonly originalDueAt: string;
  readonly extended: boolean;
  readonly extension: { readonly days: number; readonly reason: string } | null;
  /** when the first decision was issued: from then on the deadline no longer runs */
  readonly stoppedAt: string | null;
}

export interface Evidence {
  readonly evidenceId: string;
  readonly description: string;
  readonly contentHash: string;
  readonly attachedAt: string;
}

/** `round` counts reopenings: 0 for the first investigation, 1 after the first reopen, ... */
export interface SubjectStatement {
  readonly cadreId: string;
  readonly statement: string;
  readonly recordedAt: string;
  readonly round: number;
}

export interface Finding {
  readonly cadreId: string;
  readonly responsible: boolean;
  readonly responsibilityKind: ResponsibilityKind | null;
  readonly reasoning: string;
  readonly heardBeforeFinding: boolean;
  readonly recordedAt: string;
  readonly round: number;
}

export interface CaseSanction {
  readonly sanctionId: string;
  readonly cadreId: string;
  /** the sanction in force: an appeal decision may have changed it */
  readonly sanction: Sanction;
  readonly decidedBy: string;
  readonly decidedAt: string;
  readonly round: number;
  /** the appeal that changed the sanction, if any */
  readonly changedByAppealId: string | null;
}

export interface EndedSanction extends CaseSanction {
  readonly endedAt: string;
  readonly endedBecause: 'REVOKED_ON_APPEAL' | 'WITHDRAWN_FINDING_SUPERSEDED';
}

export interface Appeal {
  readonly appealId: string;
  readonly cadreId: string;
  readonly sanctionId: string;
  readonly grounds: string;
  readonly filedAt: string;
  readonly outcome: AppealOutcome | null;
  readonly reasoning: string | null;
  readonly decidedAt: string | null;
}

export interface OpenedCase {
  readonly status: CaseStatus;
  readonly caseId: string;
  readonly kind: CaseKind;
  readonly openedByDepartmentId: string;
  readonly summary: string;
  readonly openedAt: string;
  readonly subjects: readonly CaseSubject[];
  readonly grounds: CaseGrounds;
  readonly investigatorId: string | null;
  readonly formerInvestigatorIds: readonly string[];
  readonly deadline: CaseDeadline | null;
  readonly evidence: readonly Evidence[];
  readonly statements: readonly SubjectStatement[];
  /** the latest finding per subject, keyed by cadre id */
  readonly findings: Readonly<Record<string, Finding>>;
  /** sanctions in force (after appeal decisions and withdrawals) */
  readonly sanctions: readonly CaseSanction[];
  readonly endedSanctions: readonly EndedSanction[];
  readonly appeals: readonly Appeal[];
  /** the latest decision; the appeal window counts from it */
  readonly decidedAt: string | null;
  readonly appealWindowClosesAt: string | null;
  readonly closedAt: string | null;
  readonly reopenCount: number;
}

export interface UnopenedCase {
  readonly status: 'NOT_OPENED';
}

export type CaseState = UnopenedCase | OpenedCase;

export const initialCaseState: CaseState = { status: 'NOT_OPENED' };

/** The investigation round a finding or statement belongs to. */
export function currentRound(state: OpenedCase): number {
  return state.reopenCount;
}

export function pendingAppeals(state: OpenedCase): readonly Appeal[] {
  return state.appeals.filter((appeal) => appeal.outcome === null);
}

export function activeSanctionOf(state: OpenedCase, cadreId: string): CaseSanction | undefined {
  return state.sanctions.find((sanction) => sanction.cadreId === cadreId);
}

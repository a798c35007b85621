import type { CaseGrounds, CaseSubject } from './case.facts';
import { isMeasure } from './case.vocabulary';
import type {
  AggravatingCircumstance,
  AppealOutcome,
  CaseKind,
  CaseStatus,
  HearingBasis,
  MitigatingCircumstance,
  ResponsibilityKind,
  Sanction,
  Weighed,
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

export interface HearingNotice {
  readonly cadreId: string;
  readonly servedAt: string;
  readonly respondBy: string;
  readonly round: number;
}

export interface Finding {
  readonly cadreId: string;
  readonly responsible: boolean;
  readonly responsibilityKind: ResponsibilityKind | null;
  readonly reasoning: string;
  readonly hearing: HearingBasis;
  readonly aggravating: readonly Weighed<AggravatingCircumstance>[];
  readonly mitigating: readonly Weighed<MitigatingCircumstance>[];
  readonly recordedBy: string | null;
  readonly recordedAt: string;
  readonly round: number;
}

/** A subject gave up the appeal of the decision of a round. */
export interface AppealWaiver {
  readonly cadreId: string;
  readonly sanctionId: string;
  readonly waivedAt: string;
  readonly round: number;
}

/**
 * Everyone who took part, by function (separation of functions is checked against it). The
 * investigators are `investigatorId` and `formerInvestigatorIds`.
 */
export interface CaseParticipants {
  readonly findingRecorders: readonly string[];
  readonly sanctionDeciders: readonly string[];
  readonly caseDeciders: readonly string[];
  readonly appealDeciders: readonly string[];
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
  /** the decision round it appeals (reopenings count rounds) */
  readonly round: number;
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
  /** business time of the latest investigator assignment */
  readonly investigatorAssignedAt: string | null;
  /** business time the current round's investigation started; null until it does */
  readonly investigationStartedAt: string | null;
  readonly deadline: CaseDeadline | null;
  readonly evidence: readonly Evidence[];
  readonly hearingNotices: readonly HearingNotice[];
  readonly statements: readonly SubjectStatement[];
  /** the latest finding per subject, keyed by cadre id */
  readonly findings: Readonly<Record<string, Finding>>;
  /** sanctions in force (after appeal decisions and withdrawals) */
  readonly sanctions: readonly CaseSanction[];
  readonly endedSanctions: readonly EndedSanction[];
  readonly appeals: readonly Appeal[];
  readonly waivers: readonly AppealWaiver[];
  readonly participants: CaseParticipants;
  /** the latest decision; the appeal window counts from it */
  readonly decidedAt: string | null;
  readonly appealWindowClosesAt: string | null;
  readonly closedAt: string | null;
  /** business time of the latest reopening */
  readonly reopenedAt: string | null;
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

/** The measure in force on a subject (referrals aside): what an appeal is about. */
export function activeMeasureOf(state: OpenedCase, cadreId: string): CaseSanction | undefined {
  return state.sanctions.find(
    (sanction) => sanction.cadreId === cadreId && isMeasure(sanction.sanction),
  );
}

/** Everything in force on a subject: the measure and any referrals. */
export function activeSanctionsOf(state: OpenedCase, cadreId: string): readonly CaseSanction[] {
  return state.sanctions.filter((sanction) => sanction.cadreId === cadreId);
}

/** Everyone who acted on the case in any function (for "took no earlier part"). */
export function everyParticipant(state: OpenedCase): readonly string[] {
  const { findingRecorders, sanctionDeciders, caseDeciders, appealDeciders } = state.participants;
  const investigators = state.investigatorId === null ? [] : [state.investigatorId];
  return [
    ...investigators,
    ...state.formerInvestigatorIds,
    ...findingRecorders,
    ...sanctionDeciders,
    ...caseDeciders,
    ...appealDeciders,
  ];
}

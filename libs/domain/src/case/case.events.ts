import type { DomainEvent } from '../shared/decider';
import type { CitedAccidentGrade, CitedAdverseEffect } from './case.facts';
import type {
  AggravatingCircumstance,
  AppealOutcome,
  CaseKind,
  HearingBasis,
  MitigatingCircumstance,
  ResponsibilityKind,
  Sanction,
  Weighed,
} from './case.vocabulary';

/** Every case event names its case and says when it happened (business time, ISO-8601). */
type CaseEventOf<Type extends string, Data> = DomainEvent<
  Type,
  Readonly<Data> & { readonly caseId: string; readonly occurredAt: string }
>;

export type CaseOpened = CaseEventOf<
  'CaseOpened',
  { kind: CaseKind; openedByDepartmentId: string; summary: string }
>;
export type CaseSubjectNamed = CaseEventOf<'CaseSubjectNamed', { cadreId: string; postId: string }>;
/** A failure cited as grounds, as it stood when cited. */
export type FailureCited = CaseEventOf<
  'FailureCited',
  {
    failureId: string;
    dutyId: string;
    postId: string;
    failureOccurredAt: string;
    adverseEffect: CitedAdverseEffect;
    responsibleCadreId: string | null;
  }
>;
/** The accident of a post-accident case, with its grade when cited. */
export type AccidentCited = CaseEventOf<
  'AccidentCited',
  { accidentId: string; accidentOccurredAt: string; accidentGrade: CitedAccidentGrade }
>;
export type InvestigationDeadlineSet = CaseEventOf<'InvestigationDeadlineSet', { dueAt: string }>;
export type InvestigatorAssigned = CaseEventOf<
  'InvestigatorAssigned',
  { investigatorId: string; previousInvestigatorId: string | null }
>;
export type InvestigationStarted = CaseEventOf<'InvestigationStarted', { investigatorId: string }>;
export type EvidenceAttached = CaseEventOf<
  'EvidenceAttached',
  { evidenceId: string; description: string; contentHash: string }
>;
/** The subject may answer until `respondBy` (the end of the response period's last local day). */
export type HearingNoticeServed = CaseEventOf<
  'HearingNoticeServed',
  { cadreId: string; respondBy: string }
>;
export type SubjectStatementRecorded = CaseEventOf<
  'SubjectStatementRecorded',
  { cadreId: string; statement: string }
>;
export type FindingRecorded = CaseEventOf<
  'FindingRecorded',
  {
    cadreId: string;
    responsible: boolean;
    responsibilityKind: ResponsibilityKind | null;
    reasoning: string;
    /** the right to be heard: how the subject was heard before the finding */
    hearing: HearingBasis;
    aggravating: readonly Weighed<AggravatingCircumstance>[];
    mitigating: readonly Weighed<MitigatingCircumstance>[];
    /** the investigator who recorded it (null only for findings stored before v2 without an actor) */
    recordedBy: string | null;
  }
>;
/** A sanction of an earlier round falls because a reopened investigation found anew. */
export type SanctionWithdrawn = CaseEventOf<
  'SanctionWithdrawn',
  { sanctionId: string; cadreId: string; reason: 'FINDING_SUPERSEDED' }
>;
export type SanctionDecided = CaseEventOf<
  'SanctionDecided',
  { sanctionId: string; cadreId: string; sanction: Sanction; decidedBy: string }
>;
/** The decision is issued; appeals may be filed until `appealWindowClosesAt` (inclusive). */
export type CaseDecided = CaseEventOf<
  'CaseDecided',
  { appealWindowClosesAt: string; decidedBy: string | null }
>;
/** A subject with a measure gave up the appeal of this decision. */
export type AppealWaived = CaseEventOf<'AppealWaived', { cadreId: string; sanctionId: string }>;
export type AppealFiled = CaseEventOf<
  'AppealFiled',
  { appealId: string; cadreId: string; sanctionId: string; grounds: string }
>;
export type AppealDecided = CaseEventOf<
  'AppealDecided',
  {
    appealId: string;
    cadreId: string;
    sanctionId: string;
    outcome: AppealOutcome;
    /** the sanction that replaces the appealed one; null unless the outcome is SANCTION_CHANGED */
    changedSanction: Sanction | null;
    reasoning: string;
    decidedBy: string | null;
  }
>;
export type DeadlineExtended = CaseEventOf<
  'DeadlineExtended',
  { days: number; reason: string; previousDueAt: string; dueAt: string }
>;
export type CaseClosed = CaseEventOf<'CaseClosed', { reason: string }>;
export type CaseReopened = CaseEventOf<'CaseReopened', { reason: string }>;

export type CaseEvent =
  | CaseOpened
  | CaseSubjectNamed
  | FailureCited
  | AccidentCited
  | InvestigationDeadlineSet
  | InvestigatorAssigned
  | InvestigationStarted
  | EvidenceAttached
  | HearingNoticeServed
  | SubjectStatementRecorded
  | FindingRecorded
  | SanctionWithdrawn
  | SanctionDecided
  | CaseDecided
  | AppealWaived
  | AppealFiled
  | AppealDecided
  | DeadlineExtended
  | CaseClosed
  | CaseReopened;

export type CaseEventType = CaseEvent['type'];

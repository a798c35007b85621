import type { Command } from '../shared/decider';
import type { CaseGroundsFacts, CaseSubjectFact, OpeningDepartmentFact } from './case.facts';
import type {
  AggravatingCircumstance,
  AppealOutcome,
  CaseKind,
  MitigatingCircumstance,
  ResponsibilityKind,
  Sanction,
  Weighed,
} from './case.vocabulary';

/**
 * Every case command names its case and may say when the step happened (business time; the
 * request time when omitted). Ids of new things come in the command, never made here; who acts
 * comes from the authenticated caller, never from a request body.
 */
type CaseCommandOf<Type extends string, Data> = Command<
  Type,
  Readonly<Data> & { readonly caseId: string; readonly occurredAt?: string }
>;

export type OpenAccountability = CaseCommandOf<
  'OpenAccountability',
  {
    kind: CaseKind;
    openedBy: OpeningDepartmentFact;
    subjects: readonly CaseSubjectFact[];
    grounds: CaseGroundsFacts;
    summary: string;
  }
>;
export type AssignInvestigator = CaseCommandOf<'AssignInvestigator', { investigatorId: string }>;
export type StartInvestigation = CaseCommandOf<'StartInvestigation', object>;
export type AttachEvidence = CaseCommandOf<
  'AttachEvidence',
  { evidenceId: string; description: string; /** SHA-256, hex */ contentHash: string }
>;
/** The subject is told the intended finding and may answer within the response period. */
export type ServeHearingNotice = CaseCommandOf<'ServeHearingNotice', { cadreId: string }>;
export type RecordSubjectStatement = CaseCommandOf<
  'RecordSubjectStatement',
  { cadreId: string; statement: string }
>;

export interface FindingCircumstances {
  readonly aggravating: readonly Weighed<AggravatingCircumstance>[];
  readonly mitigating: readonly Weighed<MitigatingCircumstance>[];
}

export type RecordFinding = CaseCommandOf<
  'RecordFinding',
  {
    cadreId: string;
    responsible: boolean;
    /** required when responsible, null otherwise */
    responsibilityKind: ResponsibilityKind | null;
    reasoning: string;
    /** weighed only in a finding of "responsible" */
    circumstances: FindingCircumstances;
    /** the caller: only the case's investigator records findings */
    recordedBy: string;
  }
>;
export type DecideSanction = CaseCommandOf<
  'DecideSanction',
  {
    sanctionId: string;
    cadreId: string;
    sanction: Sanction;
    /** the acting supervisor, from the authenticated caller */
    decidedBy: string;
  }
>;
export type DecideCase = CaseCommandOf<'DecideCase', { decidedBy: string }>;
/** A subject with a measure gives up the right to appeal it (recorded as said). */
export type WaiveAppeal = CaseCommandOf<'WaiveAppeal', { cadreId: string }>;
export type FileAppeal = CaseCommandOf<
  'FileAppeal',
  { appealId: string; cadreId: string; grounds: string }
>;
export type DecideAppeal = CaseCommandOf<
  'DecideAppeal',
  {
    appealId: string;
    outcome: AppealOutcome;
    /** required when the outcome is SANCTION_CHANGED, null otherwise: a lighter measure */
    changedSanction: Sanction | null;
    reasoning: string;
    /** the acting supervisor: one who took no earlier part in the case */
    decidedBy: string;
  }
>;
export type ExtendDeadline = CaseCommandOf<'ExtendDeadline', { days: number; reason: string }>;
export type CloseCase = CaseCommandOf<'CloseCase', { reason: string }>;
export type ReopenCase = CaseCommandOf<'ReopenCase', { reason: string }>;

export type CaseCommand =
  | OpenAccountability
  | AssignInvestigator
  | StartInvestigation
  | AttachEvidence
  | ServeHearingNotice
  | RecordSubjectStatement
  | RecordFinding
  | DecideSanction
  | DecideCase
  | WaiveAppeal
  | FileAppeal
  | DecideAppeal
  | ExtendDeadline
  | CloseCase
  | ReopenCase;

import type { Command } from '../shared/decider';
import type { CaseGrounds, CaseSubject, OpeningDepartmentFact } from './case.facts';
import type { AppealOutcome, CaseKind, ResponsibilityKind, Sanction } from './case.vocabulary';

/** Every case command names its case; ids of new things come in the command, never made here. */
type CaseCommandOf<Type extends string, Data> = Command<
  Type,
  Readonly<Data> & { readonly caseId: string }
>;

export type OpenAccountability = CaseCommandOf<
  'OpenAccountability',
  {
    kind: CaseKind;
    openedBy: OpeningDepartmentFact;
    subjects: readonly CaseSubject[];
    grounds: CaseGrounds;
    summary: string;
  }
>;
export type AssignInvestigator = CaseCommandOf<'AssignInvestigator', { investigatorId: string }>;
export type StartInvestigation = CaseCommandOf<'StartInvestigation', object>;
export type AttachEvidence = CaseCommandOf<
  'AttachEvidence',
  { evidenceId: string; description: string; /** SHA-256, hex */ contentHash: string }
>;
export type RecordSubjectStatement = CaseCommandOf<
  'RecordSubjectStatement',
  { cadreId: string; statement: string }
>;
export type RecordFinding = CaseCommandOf<
  'RecordFinding',
  {
    cadreId: string;
    responsible: boolean;
    /** required when responsible, null otherwise */
    responsibilityKind: ResponsibilityKind | null;
    reasoning: string;
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
export type DecideCase = CaseCommandOf<'DecideCase', object>;
export type FileAppeal = CaseCommandOf<
  'FileAppeal',
  { appealId: string; cadreId: string; grounds: string }
>;
export type DecideAppeal = CaseCommandOf<
  'DecideAppeal',
  {
    appealId: string;
    outcome: AppealOutcome;
    /** required when the outcome is SANCTION_CHANGED, null otherwise */
    changedSanction: Sanction | null;
    reasoning: string;
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
  | RecordSubjectStatement
  | RecordFinding
  | DecideSanction
  | DecideCase
  | FileAppeal
  | DecideAppeal
  | ExtendDeadline
  | CloseCase
  | ReopenCase;

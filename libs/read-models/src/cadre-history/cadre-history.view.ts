import type { EligibilityOverride, InfluencePeriod } from '@dutyledger/domain';
import type { CaseStatusChange, OpenPeriod } from './cadre-history-case.entity';
import type { DutyAmendment } from './cadre-history-duty.entity';
import type { CadreHistoryAssessment } from './cadre-history-assessment.entity';
import type { CadreHistoryFailure } from './cadre-history-failure.entity';
import type { CadreHistoryFinding } from './cadre-history-finding.entity';
import type { CadreHistorySanction } from './cadre-history-sanction.entity';

/** What GET /cadres/{cadreId} answers: every item names the events it rests on. */

/** A span of time; `to` is null while it lasts. */
export interface Period {
  from: string;
  to: string | null;
}

export interface HeldPost extends Period {
  postId: string;
  title: string | null;
  departmentId: string | null;
  reliefReason: string | null;
  /** The appointment overrode blocked eligibility: why, and the blocks it overrode. */
  eligibilityOverride: EligibilityOverride | null;
  sourceEventIds: string[];
}

/** A measure, or a referral: referrals hand the matter on, with no severity and no influence. */
export type SanctionCategory = 'MEASURE' | 'REFERRAL';

export type HistorySanction = Omit<CadreHistorySanction, 'cadreId'> & {
  category: SanctionCategory;
  /** How long the measure influences appointment (policy): whole months, or PERMANENT; null for a referral. */
  influence: InfluencePeriod | null;
  /** When that influence ends: null before the decision issued it, for a referral, or when permanent. */
  influenceUntil: string | null;
};

/** The year's annual report, as submitted. */
export interface AnnualReport {
  year: number;
  statement: string;
  submittedAt: string;
  sourceEventIds: string[];
}

export type HistoryFailure = Omit<CadreHistoryFailure, 'cadreId'> & {
  dutyTitle: string | null;
  /** On a work-safety duty, or on a business duty with a safety impact (`isWorkSafetyFailure`). */
  workSafety: boolean;
};

export interface CarriedDuty {
  dutyId: string;
  postId: string;
  category: string;
  title: string;
  principle: string | null;
  industries: string[];
  cadence: string;
  basis: string;
  assignedAt: string;
  revokedAt: string | null;
  revocationReason: string | null;
  amendments: DutyAmendment[];
  /** When this cadre carried the duty: the times they held the post while the duty was in force. */
  periodsHeld: Period[];
  sourceEventIds: string[];
}

export interface CadreHistory {
  cadre: {
    cadreId: string;
    name: string;
    personnelNumber: string;
    managingDepartmentId: string;
    registeredAt: string;
    sourceEventIds: string[];
  };
  posts: HeldPost[];
  duties: CarriedDuty[];
  failures: HistoryFailure[];
  cases: {
    caseId: string;
    kind: string;
    summary: string;
    status: string;
    postId: string;
    namedAt: string;
    openPeriods: OpenPeriod[];
    statusChanges: CaseStatusChange[];
    sourceEventIds: string[];
  }[];
  findings: (Omit<CadreHistoryFinding, 'eventId' | 'cadreId'> & { sourceEventIds: string[] })[];
  sanctions: HistorySanction[];
  reports: AnnualReport[];
  assessments: HistoryAssessment[];
}

export type HistoryAssessment = Omit<CadreHistoryAssessment, 'eventId' | 'cadreId'> & {
  sourceEventIds: string[];
};

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
  sourceEventIds: string[];
}

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
  failures: (Omit<CadreHistoryFailure, 'cadreId'> & { dutyTitle: string | null })[];
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
  sanctions: Omit<CadreHistorySanction, 'cadreId'>[];
  assessments: (Omit<CadreHistoryAssessment, 'eventId' | 'cadreId'> & {
    sourceEventIds: string[];
  })[];
}

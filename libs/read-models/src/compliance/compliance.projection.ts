import type { EntityManager } from 'typeorm';
import type { Projection, ProjectionContext } from '../runner/projection';
import { appliersOf, typedProjection } from '../runner/typed-projection';
import { accidentCasualtiesUpdated, accidentReported } from './compliance-accidents.apply';
import { ComplianceJurisdictionCase } from './compliance-jurisdiction-case.entity';
import { ComplianceCaseSubject } from './compliance-case-subject.entity';
import {
  appealDecided,
  caseClosed,
  caseOpened,
  caseReopened,
  caseSubjectNamed,
  sanctionDecided,
  sanctionWithdrawn,
} from './compliance-cases.apply';
import { ComplianceDepartment } from './compliance-department.entity';
import {
  dutyAmended,
  dutyAssigned,
  dutyPerformanceRecorded,
  dutyRevoked,
  failureToPerformRecorded,
} from './compliance-duties.apply';
import { ComplianceDuty } from './compliance-duty.entity';
import { ComplianceFact } from './compliance-fact.entity';
import { departmentRegistered, postEstablished } from './compliance-organisation.apply';
import { CompliancePost } from './compliance-post.entity';
import { ComplianceTotal } from './compliance-total.entity';

const APPLY = appliersOf<[EntityManager, ProjectionContext]>({
  DepartmentRegistered: departmentRegistered,
  PostEstablished: postEstablished,
  DutyAssigned: dutyAssigned,
  DutyAmended: dutyAmended,
  DutyRevoked: dutyRevoked,
  DutyPerformanceRecorded: dutyPerformanceRecorded,
  FailureToPerformRecorded: failureToPerformRecorded,
  AccidentReported: accidentReported,
  AccidentCasualtiesUpdated: accidentCasualtiesUpdated,
  CaseOpened: caseOpened,
  CaseSubjectNamed: caseSubjectNamed,
  CaseClosed: caseClosed,
  CaseReopened: caseReopened,
  SanctionDecided: sanctionDecided,
  SanctionWithdrawn: sanctionWithdrawn,
  AppealDecided: appealDecided,
});

/**
 * Department compliance per department and year (README, "Compliance score"): facts behind every
 * figure, the department hierarchy for roll-ups, the posts and duties that coverage needs, the
 * subjects of cases (their departments), and each department's figures rolled up (totals kept as
 * the facts are written: compliance-totals.ts). Months and years are the jurisdiction's calendar's.
 */
export const complianceProjection: Projection = typedProjection({
  name: 'compliance',
  eventTypes: [...APPLY.keys()],
  entities: [
    ComplianceFact,
    ComplianceDepartment,
    CompliancePost,
    ComplianceDuty,
    ComplianceCaseSubject,
    ComplianceTotal,
    ComplianceJurisdictionCase,
  ],
  async apply(event, manager, context): Promise<void> {
    await APPLY.get(event.type)?.(event, manager, context);
  },
});

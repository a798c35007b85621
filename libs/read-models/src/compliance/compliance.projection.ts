import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection, ProjectionContext } from '../runner/projection';
import { accidentCasualtiesUpdated, accidentReported } from './compliance-accidents.apply';
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

type Apply = (
  event: RecordedEvent,
  manager: EntityManager,
  context: ProjectionContext,
) => Promise<void>;

const APPLY: Readonly<Record<string, Apply>> = {
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
};

/**
 * Department compliance per department and year (README, "Compliance score"): facts behind every
 * figure, the department hierarchy for roll-ups, the posts and duties that coverage needs, and the
 * subjects of cases (their departments). Months and years are the jurisdiction's calendar's.
 */
export const complianceProjection: Projection = {
  name: 'compliance',
  eventTypes: Object.keys(APPLY),
  entities: [
    ComplianceFact,
    ComplianceDepartment,
    CompliancePost,
    ComplianceDuty,
    ComplianceCaseSubject,
  ],
  async apply(event: RecordedEvent, manager: EntityManager, context): Promise<void> {
    const apply = APPLY[event.type];
    if (apply) await apply(event, manager, context);
  },
};

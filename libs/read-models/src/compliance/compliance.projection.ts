import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runner/projection';
import { accidentCasualtiesUpdated, accidentReported } from './compliance-accidents.apply';
import {
  appealDecided,
  caseClosed,
  caseOpened,
  caseReopened,
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

type Apply = (event: RecordedEvent, manager: EntityManager) => Promise<void>;

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
  CaseClosed: caseClosed,
  CaseReopened: caseReopened,
  SanctionDecided: sanctionDecided,
  SanctionWithdrawn: sanctionWithdrawn,
  AppealDecided: appealDecided,
};

/**
 * Department compliance per department and year (README, "Compliance score"): facts behind every
 * figure, the department hierarchy for roll-ups, and the posts and duties that coverage needs.
 */
export const complianceProjection: Projection = {
  name: 'compliance',
  eventTypes: Object.keys(APPLY),
  entities: [ComplianceFact, ComplianceDepartment, CompliancePost, ComplianceDuty],
  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const apply = APPLY[event.type];
    if (apply) await apply(event, manager);
  },
};

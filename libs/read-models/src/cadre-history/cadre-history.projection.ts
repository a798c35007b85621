import type { DutyLedgerEventType } from '@dutyledger/domain';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runner/projection';
import { type AnyApplier, appliersOf, typedProjection } from '../runner/typed-projection';
import { ASSESSMENT_APPLIERS } from './assessments.apply';
import { CadreHistoryAssessment } from './cadre-history-assessment.entity';
import { CadreHistoryCadre } from './cadre-history-cadre.entity';
import { CadreHistoryCase } from './cadre-history-case.entity';
import { CadreHistoryDuty } from './cadre-history-duty.entity';
import { CadreHistoryFailure } from './cadre-history-failure.entity';
import { CadreHistoryFinding } from './cadre-history-finding.entity';
import { CadreHistoryHolding } from './cadre-history-holding.entity';
import { CadreHistoryPost } from './cadre-history-post.entity';
import { CadreHistoryReport } from './cadre-history-report.entity';
import { CadreHistorySanction } from './cadre-history-sanction.entity';
import { CadreHistorySubject } from './cadre-history-subject.entity';
import { CASE_APPLIERS } from './cases.apply';
import { DUTY_APPLIERS } from './duties.apply';
import { ORGANISATION_APPLIERS } from './organisation.apply';
import { SANCTION_APPLIERS } from './sanctions.apply';

/** Each event type's appliers, in this order (a case decision moves the case, then its sanctions). */
const APPLIERS = new Map<DutyLedgerEventType, AnyApplier<[EntityManager]>[]>();
for (const appliers of [
  ORGANISATION_APPLIERS,
  DUTY_APPLIERS,
  CASE_APPLIERS,
  SANCTION_APPLIERS,
  ASSESSMENT_APPLIERS,
]) {
  for (const [type, apply] of appliersOf(appliers)) {
    APPLIERS.set(type, [...(APPLIERS.get(type) ?? []), apply]);
  }
}

/**
 * The cadre assessment history (docs: "Read models"): posts held over time (with any eligibility
 * override of the appointment), the duties of those posts, failures, cases, findings, sanctions,
 * annual reports and grades, each row with the events it rests on; and what appointment
 * eligibility is computed from at query time.
 */
export const cadreHistoryProjection: Projection = typedProjection({
  name: 'cadre-history',
  eventTypes: [...APPLIERS.keys()],
  entities: [
    CadreHistoryCadre,
    CadreHistoryPost,
    CadreHistoryHolding,
    CadreHistoryDuty,
    CadreHistoryFailure,
    CadreHistoryCase,
    CadreHistorySubject,
    CadreHistoryFinding,
    CadreHistorySanction,
    CadreHistoryAssessment,
    CadreHistoryReport,
  ],
  async apply(event, manager): Promise<void> {
    for (const apply of APPLIERS.get(event.type) ?? []) await apply(event, manager);
  },
});

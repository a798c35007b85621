import { accessLogProjection } from './access-log/access-log.projection';
import { accidentsProjection } from './accidents/accidents.projection';
import { dutyGroundsProjection } from './duties/duty-grounds.projection';
import { departmentsProjection } from './departments/departments.projection';
import { complianceProjection } from './compliance/compliance.projection';
import { cadreHistoryProjection } from './cadre-history/cadre-history.projection';
import { caseTimelineProjection } from './cases/timeline/case-timeline.projection';
import { caseworkerQueueProjection } from './cases/queue/caseworker-queue.projection';
import { ParkedEvent } from './runner/parked-event.entity';
import type { Projection } from './runner/projection';
import { ProjectionCheckpoint } from './runner/projection-checkpoint.entity';
import { ProjectionLease } from './runner/projection-lease.entity';
import { PendingTotalsWriter } from './compliance/pending-totals';

/** Every projection the runner feeds, in no particular order (each has its own checkpoint). */
export const PROJECTIONS: readonly Projection[] = [
  departmentsProjection,
  complianceProjection,
  accessLogProjection,
  cadreHistoryProjection,
  caseTimelineProjection,
  caseworkerQueueProjection,
  accidentsProjection,
  dutyGroundsProjection,
];

/** Every table of the read-model database: the runner's own and each projection's. */
export const READ_MODEL_ENTITIES = [
  ProjectionCheckpoint,
  ParkedEvent,
  ProjectionLease,
  ...PROJECTIONS.flatMap((projection) => projection.entities),
];

/**
 * What every read-model data source runs beside its transactions: the compliance totals a batch
 * moved, written once each before it commits (compliance/pending-totals.ts).
 */
export const READ_MODEL_SUBSCRIBERS = [PendingTotalsWriter];

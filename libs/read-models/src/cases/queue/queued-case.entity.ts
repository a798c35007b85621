import type { CaseSubject } from '@dutyledger/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../../database/bigint.transformer';
import { type CaseLabels, NO_LABELS } from '../case-labels';

/**
 * A case in the caseworker queue, in columns of the queue's own: what it shows, filters and sorts
 * on, and what the domain needs to move it (`caseStatusAfter`, `deadlineAfter`). Times are
 * canonical UTC (`toISOString()` form) so that text order is time order on SQLite and PostgreSQL
 * alike. Closed cases keep their row (a reopening brings them back) and are filtered out.
 */
@Entity({ name: 'caseworker_queue_cases' })
// Closed cases newest first (closed-cases.query.ts), all of them and by department, read backwards.
@Index(['status', 'openedAt', 'caseId'])
@Index(['status', 'openedByDepartmentId', 'openedAt', 'caseId'])
// A page of the queue in each order, unfiltered and by each filter (see queue-order.ts).
@Index(['urgencyKey', 'caseId'])
@Index(['openedKey', 'caseId'])
@Index(['status', 'urgencyKey', 'caseId'])
@Index(['status', 'openedKey', 'caseId'])
@Index(['kind', 'urgencyKey', 'caseId'])
@Index(['kind', 'openedKey', 'caseId'])
@Index(['openedByDepartmentId', 'urgencyKey', 'caseId'])
@Index(['openedByDepartmentId', 'openedKey', 'caseId'])
export class QueuedCase {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  caseId: string = '';

  @Column({ type: 'varchar', length: 20 })
  kind: string = '';

  @Column({ type: 'varchar', length: 30 })
  status: string = '';

  @Column({ type: 'varchar', length: 36 })
  openedByDepartmentId: string = '';

  @Column({ type: 'text', default: '' })
  summary: string = '';

  @Column({ type: 'varchar', length: 30 })
  openedAt: string = '';

  /** the investigation deadline (post-accident cases), extended or not */
  @Column({ type: 'varchar', length: 30, nullable: true })
  dueAt: string | null = null;

  /** when the first decision stopped the deadline */
  @Column({ type: 'varchar', length: 30, nullable: true })
  stoppedAt: string | null = null;

  /** appeals filed and not decided: the case stays APPEALED while there is one */
  @Column({ type: 'integer', default: 0 })
  appealsPending: number = 0;

  /** The urgency order's key; null once closed (queue-order.ts). */
  @Column({ type: 'varchar', length: 62, nullable: true })
  urgencyKey: string | null = null;

  /** `openedAt` while the case is open; null once closed (queue-order.ts). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  openedKey: string | null = null;

  /** The last event applied to this row: anything at or below it is skipped. */
  @Column({ type: 'bigint', transformer: bigintColumn })
  lastPosition: bigint = 0n;

  @Column({ type: 'simple-json' })
  labels: CaseLabels = NO_LABELS;

  /** The subjects in the order the case named them: read with the row, not by another statement. */
  @Column({ type: 'simple-json' })
  subjects: CaseSubject[] = [];
}

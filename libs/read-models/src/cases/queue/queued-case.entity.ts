import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../../database/bigint.transformer';
import { type CaseLabels, NO_LABELS } from '../case-labels';
import type { StoredCase } from '../stored-case';

/**
 * A case in the caseworker queue. The columns are what the queue filters and sorts on; times are
 * canonical UTC (`toISOString()` form) so that text order is time order on SQLite and PostgreSQL
 * alike. Closed cases keep their row (a reopening brings them back) and are filtered out.
 */
@Entity({ name: 'caseworker_queue_cases' })
@Index(['status', 'openedByDepartmentId'])
export class QueuedCase {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  caseId: string = '';

  @Column({ type: 'varchar', length: 20 })
  kind: string = '';

  @Column({ type: 'varchar', length: 30 })
  status: string = '';

  @Column({ type: 'varchar', length: 36 })
  openedByDepartmentId: string = '';

  @Column({ type: 'varchar', length: 30 })
  openedAt: string = '';

  /** the investigation deadline (post-accident cases), extended or not */
  @Column({ type: 'varchar', length: 30, nullable: true })
  dueAt: string | null = null;

  /** when the first decision stopped the deadline */
  @Column({ type: 'varchar', length: 30, nullable: true })
  stoppedAt: string | null = null;

  /** The last event applied to this row: anything at or below it is skipped. */
  @Column({ type: 'bigint', transformer: bigintColumn })
  lastPosition: bigint = 0n;

  /** The folded case; rows of earlier versions lack later fields (read it with `currentCase`). */
  @Column({ type: 'simple-json' })
  state: StoredCase | null = null;

  @Column({ type: 'simple-json' })
  labels: CaseLabels = NO_LABELS;
}

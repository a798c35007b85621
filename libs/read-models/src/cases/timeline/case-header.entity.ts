import type { Sanction } from '@dutyledger/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../../database/bigint.transformer';
import { type CaseLabels, NO_LABELS } from '../case-labels';
import type { StoredCase } from '../stored-case';

/**
 * The header of a case: the case as the domain folds it (`caseDecider.evolve`), the names of the
 * departments, posts and cadres it refers to, and what the fold forgets (the sanction first
 * decided, before an appeal changed it).
 */
@Entity({ name: 'case_timeline_headers' })
export class CaseHeaderRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  caseId: string = '';

  /** The revision of the case stream last applied. */
  @Column({ type: 'bigint', transformer: bigintColumn })
  revision: bigint = 0n;

  /** The last event applied to this row: anything at or below it is skipped. */
  @Column({ type: 'bigint', transformer: bigintColumn })
  lastPosition: bigint = 0n;

  /** The folded case; rows of earlier versions lack later fields (read it with `currentCase`). */
  @Column({ type: 'simple-json' })
  state: StoredCase | null = null;

  @Column({ type: 'simple-json' })
  labels: CaseLabels = NO_LABELS;

  /** sanction id -> the sanction as first decided */
  @Column({ type: 'simple-json' })
  decidedSanctions: Record<string, Sanction> = {};

  /** appeal id -> who decided it (the fold keeps the deciders of appeals as a list only) */
  @Column({ type: 'simple-json', default: '{}' })
  appealDeciders: Record<string, string | null> = {};
}

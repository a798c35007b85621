import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An appeal decided against the sanction. */
export interface SanctionAppeal {
  appealId: string;
  outcome: string;
  changedSanction: string | null;
  reasoning: string;
  decidedAt: string;
  eventId: string;
}

/** A sanction on the cadre as it stands after appeals and withdrawals. */
@Entity({ name: 'cadre_history_sanctions' })
export class CadreHistorySanction {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  sanctionId: string = '';

  @Index()
  @Column({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Index()
  @Column({ type: 'varchar', length: 36 })
  caseId: string = '';

  /** The sanction as it stands (changed on appeal, if it was). */
  @Column({ type: 'varchar', length: 40 })
  sanction: string = '';

  @Column({ type: 'varchar', length: 40 })
  decidedSanction: string = '';

  @Column({ type: 'varchar', length: 200 })
  decidedBy: string = '';

  @Column({ type: 'varchar', length: 40 })
  decidedAt: string = '';

  /** When the case decision issued it: its influence period counts from here; null before. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  effectiveFrom: string | null = null;

  /** When it was revoked on appeal or withdrawn; null while it stands. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  endedAt: string | null = null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  endedBecause: string | null = null;

  @Column({ type: 'simple-json' })
  appeals: SanctionAppeal[] = [];

  @Column({ type: 'simple-json' })
  sourceEventIds: string[] = [];
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A finding on the cadre in a case; a reopened case adds new findings beside the old ones. */
@Entity({ name: 'cadre_history_findings' })
export class CadreHistoryFinding {
  /** The id of the FindingRecorded event. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  eventId: string = '';

  @Index()
  @Column({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Column({ type: 'varchar', length: 36 })
  caseId: string = '';

  @Column({ type: 'boolean' })
  responsible: boolean = false;

  @Column({ type: 'varchar', length: 20, nullable: true })
  responsibilityKind: string | null = null;

  @Column({ type: 'text' })
  reasoning: string = '';

  @Column({ type: 'boolean' })
  heardBeforeFinding: boolean = false;

  @Column({ type: 'varchar', length: 40 })
  recordedAt: string = '';
}

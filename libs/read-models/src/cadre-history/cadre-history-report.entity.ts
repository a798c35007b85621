import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A cadre's annual report: the statement on how the two responsibilities were implemented. */
@Entity({ name: 'cadre_history_reports' })
@Index(['cadreId', 'year'])
export class CadreHistoryReport {
  /** The id of the AnnualReportSubmitted event. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  eventId: string = '';

  @Column({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Column({ type: 'integer' })
  year: number = 0;

  @Column({ type: 'text' })
  statement: string = '';

  /** Business time of the submission (canonical UTC). */
  @Column({ type: 'varchar', length: 40 })
  submittedAt: string = '';
}

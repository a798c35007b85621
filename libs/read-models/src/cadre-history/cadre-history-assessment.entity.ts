import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One record of a cadre's annual work-safety assessment: the first or a correction. */
@Entity({ name: 'cadre_history_assessments' })
@Index(['cadreId', 'year'])
export class CadreHistoryAssessment {
  /** The id of the AnnualAssessmentRecorded or AnnualAssessmentCorrected event. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  eventId: string = '';

  @Column({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Column({ type: 'integer' })
  year: number = 0;

  @Column({ type: 'varchar', length: 10 })
  kind: 'RECORDED' | 'CORRECTED' = 'RECORDED';

  @Column({ type: 'double precision' })
  score: number = 0;

  @Column({ type: 'varchar', length: 30 })
  grade: string = '';

  @Column({ type: 'text' })
  remarks: string = '';

  /** For a correction: why, and what it replaced. */
  @Column({ type: 'text', nullable: true })
  reason: string | null = null;

  @Column({ type: 'double precision', nullable: true })
  previousScore: number | null = null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  previousGrade: string | null = null;

  @Column({ type: 'varchar', length: 40 })
  recordedAt: string = '';

  /** The correction that replaced this record; null while it stands. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  correctedByEventId: string | null = null;
}

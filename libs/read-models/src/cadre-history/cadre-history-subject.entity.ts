import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A cadre named as a subject of a case, with the post held. */
@Entity({ name: 'cadre_history_subjects' })
export class CadreHistorySubject {
  /** The id of the CaseSubjectNamed event. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  eventId: string = '';

  @Index()
  @Column({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Index()
  @Column({ type: 'varchar', length: 36 })
  caseId: string = '';

  @Column({ type: 'varchar', length: 36 })
  postId: string = '';

  @Column({ type: 'varchar', length: 40 })
  namedAt: string = '';
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A failure to perform that the cadre answers for (the post's holder when it happened). */
@Entity({ name: 'cadre_history_failures' })
export class CadreHistoryFailure {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  failureId: string = '';

  @Index()
  @Column({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Column({ type: 'varchar', length: 36 })
  dutyId: string = '';

  @Column({ type: 'varchar', length: 36 })
  postId: string = '';

  @Column({ type: 'varchar', length: 40 })
  occurredAt: string = '';

  @Column({ type: 'text' })
  description: string = '';

  @Column({ type: 'text' })
  evidence: string = '';

  @Column({ type: 'varchar', length: 20 })
  adverseEffect: string = '';

  @Column({ type: 'simple-json' })
  sourceEventIds: string[] = [];
}

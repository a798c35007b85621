import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A subject of a queued case, in the order the case named them. */
@Entity({ name: 'caseworker_queue_subjects' })
export class QueuedSubject {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  caseId: string = '';

  /** 0 for the first subject named, then 1, 2, ... */
  @PrimaryColumn({ type: 'integer' })
  ordinal: number = 0;

  @Column({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Column({ type: 'varchar', length: 36 })
  postId: string = '';
}

import { UNRECORDED_FAILURE_KIND } from '@dutyledger/domain';
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

  /** The kind of failure; rows written before failure kinds read as the upcaster reads them. */
  @Column({ type: 'varchar', length: 40, default: 'OTHER' })
  kind: string = 'OTHER';

  /** What kind, in words, when the kind is OTHER. */
  @Column({ type: 'text', nullable: true, default: UNRECORDED_FAILURE_KIND })
  otherKind: string | null = null;

  /** Recorded on a business duty: the failure harmed work safety. */
  @Column({ type: 'boolean', default: false })
  safetyImpact: boolean = false;

  @Column({ type: 'simple-json' })
  sourceEventIds: string[] = [];
}

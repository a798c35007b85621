import type { EligibilityOverride } from '@dutyledger/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One period during which a cadre held a post: from an appointment to its relief (or open). */
@Entity({ name: 'cadre_history_holdings' })
@Index(['cadreId', 'heldFrom'])
export class CadreHistoryHolding {
  /** The id of the appointment event. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  holdingId: string = '';

  @Column({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Index()
  @Column({ type: 'varchar', length: 36 })
  postId: string = '';

  /** UTC ISO-8601, so that text order is time order. */
  @Column({ type: 'varchar', length: 40 })
  heldFrom: string = '';

  /** When the relief took effect; null while the cadre holds the post. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  heldUntil: string | null = null;

  @Column({ type: 'text', nullable: true })
  reliefReason: string | null = null;

  /**
   * The appointment was made although the cadre's eligibility was blocked: the reason given and
   * the blocks overridden. Null for an appointment of an eligible cadre.
   */
  @Column({ type: 'simple-json', nullable: true })
  eligibilityOverride: EligibilityOverride | null = null;

  @Column({ type: 'simple-json' })
  sourceEventIds: string[] = [];
}

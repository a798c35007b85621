import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The fields an amendment changed, with their new values. */
export interface DutyChanges {
  title?: string;
  principle?: string;
  industries?: string[];
  cadence?: string;
  basis?: string;
}

/** What an amendment changed, and why. */
export interface DutyAmendment {
  eventId: string;
  amendedAt: string;
  reason: string;
  changes: DutyChanges;
}

/** A duty on a post, as amended; the cadres who held the post carried it while they held it. */
@Entity({ name: 'cadre_history_duties' })
export class CadreHistoryDuty {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  dutyId: string = '';

  @Index()
  @Column({ type: 'varchar', length: 36 })
  postId: string = '';

  @Column({ type: 'varchar', length: 20 })
  category: string = '';

  @Column({ type: 'varchar', length: 300 })
  title: string = '';

  @Column({ type: 'varchar', length: 30, nullable: true })
  principle: string | null = null;

  @Column({ type: 'simple-json' })
  industries: string[] = [];

  @Column({ type: 'varchar', length: 20 })
  cadence: string = '';

  @Column({ type: 'text' })
  basis: string = '';

  @Column({ type: 'varchar', length: 40 })
  assignedAt: string = '';

  @Column({ type: 'varchar', length: 40, nullable: true })
  revokedAt: string | null = null;

  @Column({ type: 'text', nullable: true })
  revocationReason: string | null = null;

  @Column({ type: 'simple-json' })
  amendments: DutyAmendment[] = [];

  @Column({ type: 'simple-json' })
  sourceEventIds: string[] = [];
}

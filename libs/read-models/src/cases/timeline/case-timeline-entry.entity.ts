import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../../database/bigint.transformer';
import type { Message } from '../../narrative';

/**
 * One event of a case as its timeline shows it, with what the case narrative says of it: kept as
 * a message (id and parameters) and said in the reader's language when read.
 */
@Entity({ name: 'case_timeline_entries' })
export class CaseTimelineEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  caseId: string = '';

  @PrimaryColumn({ type: 'bigint', transformer: bigintColumn })
  position: bigint = 0n;

  @Column({ type: 'bigint', transformer: bigintColumn })
  revision: bigint = 0n;

  @Column({ type: 'varchar', length: 64 })
  eventId: string = '';

  @Column({ type: 'varchar', length: 60 })
  type: string = '';

  @Column({ type: 'varchar', length: 200 })
  actorId: string = '';

  @Column({ type: 'varchar', length: 30 })
  actorRole: string = '';

  /** business time: when it happened in the world */
  @Column({ type: 'varchar', length: 40 })
  occurredAt: string = '';

  /** when the store recorded it */
  @Column({ type: 'varchar', length: 40 })
  recordedAt: string = '';

  /** The narrative's message; rows stored before it keep their sentence (`case.storedSentence`). */
  @Column({ type: 'simple-json' })
  message: Message = { id: 'case.storedSentence', params: { sentence: '' } };
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint.transformer';

/** One audit read: who read what and when ("auditors of auditors"). */
@Entity({ name: 'access_log' })
@Index('access_log_reader', ['readerId', 'position'])
@Index('access_log_case', ['caseId', 'position'])
export class AccessLogRow {
  /** The AuditRecordRead event's id: one row per event. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  eventId: string = '';

  /** Global position of the event: the list's order. */
  @Column({ type: 'bigint', transformer: bigintColumn })
  position: bigint = 0n;

  @Column({ type: 'varchar', length: 40 })
  readAt: string = '';

  @Column({ type: 'varchar', length: 200 })
  readerId: string = '';

  @Column({ type: 'varchar', length: 20 })
  readerRole: string = '';

  @Column({ type: 'varchar', length: 30 })
  endpoint: string = '';

  @Column({ type: 'varchar', length: 36, nullable: true })
  caseId: string | null = null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  stream: string | null = null;

  @Column({ type: 'varchar', length: 1000 })
  query: string = '';
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint.transformer';

/** An event a projection could not apply (dead letter): kept with the error, to retry later. */
@Entity({ name: 'parked_events' })
export class ParkedEvent {
  @PrimaryGeneratedColumn()
  id?: number;

  @Column({ type: 'varchar', length: 100 })
  projection: string = '';

  @Column({ type: 'bigint', transformer: bigintColumn })
  position: bigint = 0n;

  /** The event's prepare position (equal to `position` but for events committed together). */
  @Column({ type: 'bigint', transformer: bigintColumn, default: 0 })
  preparePosition: bigint = 0n;

  @Column({ type: 'varchar', length: 64 })
  eventId: string = '';

  @Column({ type: 'varchar', length: 200 })
  eventType: string = '';

  @Column({ type: 'text' })
  error: string = '';

  @Column({ type: 'varchar', length: 40 })
  parkedAt: string = '';
}

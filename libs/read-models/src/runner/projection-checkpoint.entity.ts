import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint.transformer';

/** How far each projection has applied the log; written in the same transaction as its rows. */
@Entity({ name: 'projection_checkpoints' })
export class ProjectionCheckpoint {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  projection: string = '';

  /** The commit position of the last event applied or parked. */
  @Column({ type: 'bigint', transformer: bigintColumn })
  position: bigint = 0n;

  /**
   * Its prepare position: equal to `position` unless the store committed several events at one
   * commit position (EventStoreDB logs written before 20.6), when resuming needs both.
   */
  @Column({ type: 'bigint', transformer: bigintColumn, default: 0 })
  preparePosition: bigint = 0n;
}

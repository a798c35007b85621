import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint.transformer';

/** How far each projection has applied the log; written in the same transaction as its rows. */
@Entity({ name: 'projection_checkpoints' })
export class ProjectionCheckpoint {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  projection: string = '';

  @Column({ type: 'bigint', transformer: bigintColumn })
  position: bigint = 0n;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint.transformer';

/**
 * Which projector process may apply a projection: the holder renews its lease before it expires;
 * another process takes an expired lease over. Times are milliseconds since the Unix epoch, by
 * the read-model database's clock, so that processes on several machines agree.
 */
@Entity({ name: 'projection_leases' })
export class ProjectionLease {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  projection: string = '';

  /** `host:pid/random` of the process holding it ('' before anyone took it). */
  @Column({ type: 'varchar', length: 200 })
  holder: string = '';

  @Column({ type: 'bigint', transformer: bigintColumn })
  acquiredAt: bigint = 0n;

  @Column({ type: 'bigint', transformer: bigintColumn })
  expiresAt: bigint = 0n;
}

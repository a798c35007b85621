import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many cases the queue holds in one slice: a status, a kind and an opening department, each of
 * them or '' for any (a status of '' is any open one: queue-counts.ts). The projection moves them as
 * cases open, change status and close, so the total of a page of the queue, or of the closed
 * cases, is one row read, not a count of every case listed. Slices with no case have no row.
 */
@Entity({ name: 'caseworker_queue_counts' })
export class QueueCount {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  status: string = '';

  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind: string = '';

  @PrimaryColumn({ type: 'varchar', length: 36 })
  openedByDepartmentId: string = '';

  @Column({ type: 'integer' })
  cases: number = 0;
}

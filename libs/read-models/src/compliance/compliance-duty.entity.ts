import type { Cadence, DutyCategory } from '@dutyledger/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A duty as it stands, for coverage and for attributing its records to a department. */
@Entity({ name: 'compliance_duties' })
@Index(['postId'])
export class ComplianceDuty {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  dutyId: string = '';

  @Column({ type: 'varchar', length: 36 })
  postId: string = '';

  @Column({ type: 'varchar', length: 36 })
  departmentId: string = '';

  @Column({ type: 'varchar', length: 20 })
  category: DutyCategory = 'WORK_SAFETY';

  @Column({ type: 'simple-json' })
  industries: string[] = [];

  @Column({ type: 'varchar', length: 20 })
  cadence: Cadence = 'ONCE';

  @Column({ type: 'varchar', length: 10 })
  status: 'ACTIVE' | 'REVOKED' = 'ACTIVE';

  /** The year a ONCE duty is due (and a ONCE performance counts in). */
  @Column({ type: 'integer' })
  assignedYear: number = 0;
}

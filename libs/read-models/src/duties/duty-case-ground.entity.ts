import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A failure to perform a duty, cited as grounds of an accountability case. */
@Entity({ name: 'duty_case_grounds' })
@Index('IDX_duty_case_grounds_duty', ['dutyId'])
export class DutyCaseGround {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  caseId: string = '';

  @PrimaryColumn({ type: 'varchar', length: 36 })
  failureId: string = '';

  @Column({ type: 'varchar', length: 36 })
  dutyId: string = '';

  /** When the case cited the failure (business time, canonical UTC). */
  @Column({ type: 'varchar', length: 40 })
  citedAt: string = '';
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A subject of a case as compliance attributes it: the department of the post the subject was
 * named with. A case and its measures count for these departments (docs: "Identity").
 */
@Entity({ name: 'compliance_case_subjects' })
export class ComplianceCaseSubject {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  caseId: string = '';

  @PrimaryColumn({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Column({ type: 'varchar', length: 36 })
  postId: string = '';

  @Column({ type: 'varchar', length: 36 })
  departmentId: string = '';

  /** The CaseSubjectNamed event. */
  @Column({ type: 'varchar', length: 36 })
  eventId: string = '';
}

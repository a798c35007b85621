import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The department hierarchy the compliance figures roll up along (township -> district -> municipality). */
@Entity({ name: 'compliance_departments' })
export class ComplianceDepartment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  departmentId: string = '';

  @Column({ type: 'varchar', length: 200 })
  name: string = '';

  @Column({ type: 'varchar', length: 20 })
  level: string = '';

  @Column({ type: 'varchar', length: 30 })
  kind: string = '';

  /** Indexed: a subtree is read down from its root, one level at a time. */
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId: string | null = null;

  @Column({ type: 'boolean' })
  supervisionAuthority: boolean = false;
}

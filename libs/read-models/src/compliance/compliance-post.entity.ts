import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A post as coverage needs it: its department, title and business scope. */
@Entity({ name: 'compliance_posts' })
export class CompliancePost {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  postId: string = '';

  @Column({ type: 'varchar', length: 36 })
  departmentId: string = '';

  @Column({ type: 'varchar', length: 200 })
  title: string = '';

  @Column({ type: 'simple-json' })
  businessScope: string[] = [];
}

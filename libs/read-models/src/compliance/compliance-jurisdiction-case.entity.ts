import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many counted facts of a case figure (`casesOpened`, `casesClosed`) a department's
 * jurisdiction holds for one case in a year: a case naming subjects of two departments counts
 * once where they roll up together, so the rolled-up total moves only when a case first enters a
 * jurisdiction or last leaves it (compliance-totals.ts).
 */
@Entity({ name: 'compliance_jurisdiction_cases' })
export class ComplianceJurisdictionCase {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  departmentId: string = '';

  @PrimaryColumn({ type: 'varchar', length: 40 })
  figure: string = '';

  @PrimaryColumn({ type: 'integer' })
  year: number = 0;

  @PrimaryColumn({ type: 'varchar', length: 160 })
  subject: string = '';

  @Column({ type: 'integer' })
  facts: number = 0;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How a stored total counts for a year: `AT` in that year only; `FROM` in that year and every year
 * after it (an open duty span owes its full year from the year after it began; a scope item or a
 * coverage gap stands at each year end from the year it opened, until a `FROM` of -1 the year it
 * closed).
 */
export const TOTAL_KINDS = ['AT', 'FROM'] as const;
export type TotalKind = (typeof TOTAL_KINDS)[number];

/**
 * A department's rolled-up figures (it and every department under it), kept as the facts are
 * written (compliance-totals.ts), so that a page of the chart reads its own departments' totals
 * and never the facts of their whole jurisdictions (docs/decisions/0012-stored-roll-ups.md). A
 * figure of a year is the sum of `amount` over the `AT` row of that year and the `FROM` rows of
 * that year and before. Case figures count distinct cases (compliance_jurisdiction_cases).
 */
@Entity({ name: 'compliance_totals' })
export class ComplianceTotal {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  departmentId: string = '';

  @PrimaryColumn({ type: 'varchar', length: 4 })
  kind: TotalKind = 'AT';

  @PrimaryColumn({ type: 'integer' })
  year: number = 0;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  figure: string = '';

  @Column({ type: 'integer' })
  amount: number = 0;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An accountability case opened on an accident (it cites the accident as its grounds). */
@Entity({ name: 'accident_cases' })
export class AccidentCase {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  accidentId: string = '';

  @PrimaryColumn({ type: 'varchar', length: 36 })
  caseId: string = '';

  /** When the case cited the accident (business time). */
  @Column({ type: 'varchar', length: 40 })
  citedAt: string = '';
}

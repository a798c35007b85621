import type { AccidentGrade } from '@dutyledger/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint.transformer';

/** An accident as its latest casualty figures state it. */
@Entity({ name: 'accidents' })
@Index('IDX_accidents_year_occurred', ['year', 'occurredAt'])
/** A year's accidents by department and grade, read from the index alone (`gravestDepartments`). */
@Index('IDX_accidents_year_department_grade', ['year', 'departmentId', 'grade'])
export class AccidentRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  accidentId: string = '';

  @Column({ type: 'varchar', length: 36 })
  departmentId: string = '';

  @Column({ type: 'varchar', length: 60 })
  industry: string = '';

  @Column({ type: 'text' })
  description: string = '';

  /** When it happened (business time, canonical UTC). */
  @Column({ type: 'varchar', length: 40 })
  occurredAt: string = '';

  /** The jurisdiction's year it happened in. */
  @Column({ type: 'integer' })
  year: number = 0;

  @Column({ type: 'varchar', length: 30 })
  grade: AccidentGrade = 'GENERAL';

  /** 4 for ESPECIALLY_SERIOUS down to 1 for GENERAL: sorts by gravity. */
  @Column({ type: 'integer' })
  severity: number = 0;

  @Column({ type: 'integer' })
  deaths: number = 0;

  @Column({ type: 'integer' })
  seriousInjuries: number = 0;

  @Column({ type: 'double precision' })
  directLossYuan: number = 0;

  /** When the figures were last revised (business time), null while as first reported. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  revisedAt: string | null = null;

  /** The last event applied to this row: anything at or below it is skipped. */
  @Column({ type: 'bigint', transformer: bigintColumn })
  lastPosition: bigint = 0n;
}

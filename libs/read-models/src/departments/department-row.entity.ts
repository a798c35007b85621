import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintColumn } from '../database/bigint.transformer';

/** A department as the organisation screens show it. */
@Entity({ name: 'departments' })
export class DepartmentRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  departmentId: string = '';

  @Column({ type: 'varchar', length: 200 })
  name: string = '';

  @Column({ type: 'varchar', length: 20 })
  level: string = '';

  @Column({ type: 'varchar', length: 30 })
  kind: string = '';

  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId: string | null = null;

  @Column({ type: 'simple-json' })
  industries: string[] = [];

  @Column({ type: 'boolean' })
  supervisionAuthority: boolean = false;

  @Column({ type: 'varchar', length: 40 })
  registeredAt: string = '';

  /** The last event applied to this row: anything at or below it is skipped. */
  @Column({ type: 'bigint', transformer: bigintColumn })
  lastPosition: bigint = 0n;
}

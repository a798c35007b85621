import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A registered cadre: the head of the assessment history. */
@Entity({ name: 'cadre_history_cadres' })
export class CadreHistoryCadre {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Column({ type: 'varchar', length: 200 })
  name: string = '';

  /** The name in lower case, for case-insensitive search on every engine. */
  @Index()
  @Column({ type: 'varchar', length: 400 })
  nameKey: string = '';

  @Column({ type: 'varchar', length: 100 })
  personnelNumber: string = '';

  @Index()
  @Column({ type: 'varchar', length: 36 })
  managingDepartmentId: string = '';

  @Column({ type: 'varchar', length: 40 })
  registeredAt: string = '';

  @Column({ type: 'simple-json' })
  sourceEventIds: string[] = [];
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { NAME_SORT_KEY_LENGTH } from '../database/name-keys';

/** A registered cadre: the head of the assessment history. */
@Entity({ name: 'cadre_history_cadres' })
export class CadreHistoryCadre {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  cadreId: string = '';

  @Column({ type: 'varchar', length: 200 })
  name: string = '';

  /** The name in lower case, for case-insensitive search on every engine (`nameSearchKey`). */
  @Index()
  @Column({ type: 'varchar', length: 400 })
  nameKey: string = '';

  /**
   * The key a page of cadres is ordered by: pinyin order, byte by byte (`nameSortKey`). Read
   * only when asked for, so a cadre read back carries no such property.
   */
  @Index()
  @Column({ type: 'varchar', length: NAME_SORT_KEY_LENGTH, select: false })
  nameSortKey?: string;

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

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { NAME_SORT_KEY_LENGTH } from '../database/name-keys';
import { TREE_KEY_LENGTH } from './department-tree-key';

/** The department hierarchy the compliance figures roll up along (township -> district -> municipality). */
@Entity({ name: 'compliance_departments' })
// The departments directly under one, in chart order (a subtree is read down it one level at a time).
@Index(['parentId', 'treeKey'])
export class ComplianceDepartment {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  departmentId: string = '';

  @Column({ type: 'varchar', length: 200 })
  name: string = '';

  /**
   * The name in lower case, for search by characters (`nameSearchKey`). Read only when asked
   * for, so a department read back (and every view spread from it) carries no such property.
   */
  @Column({ type: 'varchar', length: 400, select: false })
  nameKey?: string;

  /** The key the departments list is ordered by: pinyin order, byte by byte (`nameSortKey`). */
  @Index()
  @Column({ type: 'varchar', length: NAME_SORT_KEY_LENGTH, select: false })
  nameSortKey?: string;

  @Column({ type: 'varchar', length: 20 })
  level: string = '';

  @Column({ type: 'varchar', length: 30 })
  kind: string = '';

  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId: string | null = null;

  @Column({ type: 'boolean' })
  supervisionAuthority: boolean = false;

  /**
   * Its place in the chart (department-tree-key.ts): ordering by it lists each department before
   * those under it, and its subtree is one range of it, so pages and subtrees read an index.
   */
  @Index()
  @Column({ type: 'varchar', length: TREE_KEY_LENGTH, default: '' })
  treeKey: string = '';
}

import { Column, PrimaryColumn } from 'typeorm';

/**
 * A name in a case projection's own register: a department's name, a post's title or a cadre's
 * name. Each projection declares its own table with these columns (`@Entity` on a subclass).
 */
export abstract class CaseNameRow {
  /** DEPARTMENT, POST or CADRE: ids are only unique within their kind. */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind: string = '';

  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string = '';

  @Column({ type: 'varchar', length: 200 })
  name: string = '';
}

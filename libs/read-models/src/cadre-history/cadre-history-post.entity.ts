import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A leading post, for the titles and departments of the posts a cadre held. */
@Entity({ name: 'cadre_history_posts' })
export class CadreHistoryPost {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  postId: string = '';

  @Column({ type: 'varchar', length: 36 })
  departmentId: string = '';

  @Column({ type: 'varchar', length: 200 })
  title: string = '';

  @Column({ type: 'varchar', length: 20 })
  rank: string = '';

  @Column({ type: 'simple-json' })
  sourceEventIds: string[] = [];
}

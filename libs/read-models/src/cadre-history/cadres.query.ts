import { Brackets, type DataSource, In } from 'typeorm';
import { nameContaining, orderByName } from '../database/name-keys';
import { CadreHistoryCadre } from './cadre-history-cadre.entity';
import { CadreHistoryHolding } from './cadre-history-holding.entity';
import { CadreHistoryPost } from './cadre-history-post.entity';

/** How cadres are ordered: by name (the default), by name descending, or by personnel number. */
export const CADRE_SORTS = ['name', '-name', 'personnelNumber'] as const;
export type CadreSort = (typeof CADRE_SORTS)[number];

export interface CadreFilter {
  /** the department of a post the cadre holds now, or the department managing the cadre */
  departmentId?: string;
  /** part of the name (its characters, in any case; `%` and `_` literal) */
  name?: string;
  sort?: CadreSort;
}

export interface CadreSummary {
  cadreId: string;
  name: string;
  personnelNumber: string;
  managingDepartmentId: string;
  currentPosts: { postId: string; title: string | null; departmentId: string | null }[];
}

/** Cadres in the order asked (by name in pinyin order by default, then id), one page of them, with the posts they hold at `now`. */
export async function listCadres(
  dataSource: DataSource,
  filter: CadreFilter,
  window: { skip: number; take: number },
  now: Date,
): Promise<{ items: CadreSummary[]; total: number }> {
  const at = now.toISOString();
  const query = dataSource.getRepository(CadreHistoryCadre).createQueryBuilder('cadre');
  if (filter.name !== undefined) {
    query.andWhere(`cadre.nameKey LIKE :pattern ESCAPE '\\'`, {
      pattern: nameContaining(filter.name),
    });
  }
  if (filter.departmentId !== undefined) {
    const holdsPostThere = dataSource
      .createQueryBuilder()
      .select('1')
      .from(CadreHistoryHolding, 'holding')
      .innerJoin(CadreHistoryPost, 'post', 'post.postId = holding.postId')
      .where('holding.cadreId = cadre.cadreId')
      .andWhere('post.departmentId = :departmentId')
      .andWhere('holding.heldFrom <= :at')
      .andWhere(
        new Brackets((open) =>
          open.where('holding.heldUntil IS NULL').orWhere('holding.heldUntil > :at'),
        ),
      );
    query.andWhere(
      new Brackets((either) =>
        either
          .where('cadre.managingDepartmentId = :departmentId')
          .orWhere(`EXISTS (${holdsPostThere.getQuery()})`),
      ),
      { departmentId: filter.departmentId, at },
    );
  }
  const sort = filter.sort ?? 'name';
  if (sort === 'personnelNumber') {
    query.orderBy('cadre.personnelNumber', 'ASC').addOrderBy('cadre.cadreId', 'ASC');
  } else {
    const columns = { key: 'cadre.nameSortKey', id: 'cadre.cadreId' };
    orderByName(query, dataSource, columns, sort === '-name');
  }
  const [cadres, total] = await query.skip(window.skip).take(window.take).getManyAndCount();
  const holdings = await dataSource
    .getRepository(CadreHistoryHolding)
    .createQueryBuilder('holding')
    .where({ cadreId: In(cadres.map((cadre) => cadre.cadreId)) })
    .andWhere('holding.heldFrom <= :at', { at })
    .andWhere(
      new Brackets((open) =>
        open.where('holding.heldUntil IS NULL').orWhere('holding.heldUntil > :at', { at }),
      ),
    )
    .orderBy('holding.heldFrom', 'ASC')
    .addOrderBy('holding.holdingId', 'ASC')
    .getMany();
  const posts = await dataSource
    .getRepository(CadreHistoryPost)
    .findBy({ postId: In(holdings.map((holding) => holding.postId)) });
  return {
    total,
    items: cadres.map((cadre) => ({
      cadreId: cadre.cadreId,
      name: cadre.name,
      personnelNumber: cadre.personnelNumber,
      managingDepartmentId: cadre.managingDepartmentId,
      currentPosts: holdings
        .filter((holding) => holding.cadreId === cadre.cadreId)
        .map((holding) => {
          const post = posts.find((candidate) => candidate.postId === holding.postId);
          return {
            postId: holding.postId,
            title: post?.title ?? null,
            departmentId: post?.departmentId ?? null,
          };
        }),
    })),
  };
}

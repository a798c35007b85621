import { type DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { ComplianceFact } from './compliance-fact.entity';
import { CompliancePost } from './compliance-post.entity';

/** An item of a post's business scope that no active work-safety duty of the post covers. */
export interface CoverageGap {
  postId: string;
  postTitle: string;
  departmentId: string;
  item: string;
  /** Since when (business time, UTC) the item has been uncovered. */
  since: string;
  /** The post's establishment (the scope item) and, when another, the event that opened the gap. */
  sourceEventIds: string[];
}

export interface CoverageGapsQuery {
  /** Only these departments' posts; every department when undefined. */
  departmentIds?: readonly string[];
  skip: number;
  take: number;
}

/**
 * The open coverage gaps (of `departmentIds` when given) in the order they opened: over every
 * department, read in that order from the (figure, toAt, position, subject) index, so a page
 * costs its rows, not every gap of the jurisdiction sorted.
 */
export function openCoverageGaps(
  dataSource: DataSource,
  departmentIds?: readonly string[],
): SelectQueryBuilder<ComplianceFact> {
  const open = dataSource
    .getRepository(ComplianceFact)
    .createQueryBuilder('fact')
    .where('fact.figure = :figure', { figure: 'coverageGaps' })
    .andWhere('fact.toAt IS NULL');
  if (departmentIds) {
    open.andWhere('fact.departmentId IN (:...departmentIds)', { departmentIds });
  }
  return open
    .orderBy('fact.toAt', 'ASC')
    .addOrderBy('fact.position', 'ASC')
    .addOrderBy('fact.subject', 'ASC');
}

/** The coverage gaps as they stand now, in the order they opened. */
export async function currentCoverageGaps(
  dataSource: DataSource,
  query: CoverageGapsQuery,
): Promise<{ items: CoverageGap[]; total: number }> {
  if (query.departmentIds?.length === 0) return { items: [], total: 0 };
  const facts = dataSource.getRepository(ComplianceFact);
  const open = openCoverageGaps(dataSource, query.departmentIds);
  const [gaps, total] = await Promise.all([
    open.clone().offset(query.skip).limit(query.take).getMany(),
    open.getCount(),
  ]);
  const subjects = gaps.map((gap) => gap.subject);
  const scope = subjects.length
    ? await facts.findBy({ figure: 'scopeItems', subject: In(subjects) })
    : [];
  const established = new Map(scope.map((fact) => [fact.subject, fact.eventId]));
  const postIds = [...new Set(gaps.map((gap) => gap.postId ?? ''))];
  const posts = postIds.length
    ? await dataSource.getRepository(CompliancePost).findBy({ postId: In(postIds) })
    : [];
  const titles = new Map(posts.map((post) => [post.postId, post.title]));
  const items = gaps.map((gap) => ({
    postId: gap.postId ?? '',
    postTitle: titles.get(gap.postId ?? '') ?? '',
    departmentId: gap.departmentId,
    item: gap.item ?? '',
    since: gap.fromAt ?? '',
    sourceEventIds: [...new Set([established.get(gap.subject), gap.eventId])].filter(
      (id): id is string => id !== undefined,
    ),
  }));
  return { items, total };
}

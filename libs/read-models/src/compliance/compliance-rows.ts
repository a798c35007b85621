import { CADENCES } from '@dutyledger/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { ComplianceDuty } from './compliance-duty.entity';
import { ComplianceFact } from './compliance-fact.entity';
import { CompliancePost } from './compliance-post.entity';
import type { DueSpan } from './duty-periods-due';

/** The posts and duties one transaction has read or written, as they now stand in it. */
interface Remembered {
  posts: Map<string, CompliancePost>;
  duties: Map<string, ComplianceDuty>;
  /** Every duty of a post, once read whole; each duty written afterwards is kept in it. */
  dutiesOfPost: Map<string, Map<string, ComplianceDuty>>;
  /** The items of a post with an open coverage gap, once read (kept by `recomputeCoverage`). */
  openGaps: Map<string, ReadonlySet<string>>;
  /** The `dutiesDue` spans of a duty, once read (forgotten whenever they change). */
  dueSpans: Map<string, readonly DueSpan[]>;
}

/**
 * Reads and writes of the posts and duties, remembered per transaction (like the case
 * projections' TransactionMemo) so that the events of one runner batch do not read back, event
 * after event, the duty or post an earlier one read or wrote: a duty's performances mostly come
 * in the same batch. Every write of these two tables goes through here, and `recomputeCoverage`,
 * the only writer of coverage gaps, hands over the items it leaves open, so what is remembered is
 * what the transaction would read. The memo is tied to the transaction's EntityManager: a
 * rolled-back transaction (a failed batch, then retried one event per transaction) takes it
 * along, so a row it wrote can never be served afterwards.
 */
const remembered = new WeakMap<EntityManager, Remembered>();

function memoOf(manager: EntityManager): Remembered {
  let memo = remembered.get(manager);
  if (memo === undefined) {
    memo = {
      posts: new Map(),
      duties: new Map(),
      dutiesOfPost: new Map(),
      openGaps: new Map(),
      dueSpans: new Map(),
    };
    remembered.set(manager, memo);
  }
  return memo;
}

export async function findPost(
  manager: EntityManager,
  postId: string,
): Promise<CompliancePost | null> {
  const { posts } = memoOf(manager);
  const known = posts.get(postId);
  if (known !== undefined) return known;
  const post = await manager.getRepository(CompliancePost).findOneBy({ postId });
  if (post !== null) posts.set(postId, post);
  return post;
}

/**
 * A post just established has no duties and no coverage gaps yet: both need the post first
 * (DutyAssigned of an unknown post fails, and gaps are only opened for a known post).
 */
export async function insertPost(manager: EntityManager, post: CompliancePost): Promise<void> {
  await manager
    .getRepository(CompliancePost)
    .insert({ ...post, businessScope: [...post.businessScope] });
  const memo = memoOf(manager);
  memo.posts.set(post.postId, post);
  memo.dutiesOfPost.set(post.postId, new Map());
  memo.openGaps.set(post.postId, new Set());
}

export async function findDuty(
  manager: EntityManager,
  dutyId: string,
): Promise<ComplianceDuty | null> {
  const { duties } = memoOf(manager);
  const known = duties.get(dutyId);
  if (known !== undefined) return known;
  const duty = await manager.getRepository(ComplianceDuty).findOneBy({ dutyId });
  if (duty !== null) duties.set(dutyId, duty);
  return duty;
}

export async function dutiesOfPost(
  manager: EntityManager,
  postId: string,
): Promise<readonly ComplianceDuty[]> {
  const memo = memoOf(manager);
  let ofPost = memo.dutiesOfPost.get(postId);
  if (ofPost === undefined) {
    const duties = await manager.getRepository(ComplianceDuty).findBy({ postId });
    ofPost = new Map(duties.map((duty) => [duty.dutyId, duty]));
    memo.dutiesOfPost.set(postId, ofPost);
    for (const duty of duties) memo.duties.set(duty.dutyId, duty);
  }
  return [...ofPost.values()];
}

function rememberDuty(manager: EntityManager, duty: ComplianceDuty): void {
  const memo = memoOf(manager);
  memo.duties.set(duty.dutyId, duty);
  memo.dutiesOfPost.get(duty.postId)?.set(duty.dutyId, duty);
}

export async function insertDuty(manager: EntityManager, duty: ComplianceDuty): Promise<void> {
  await manager.getRepository(ComplianceDuty).insert({ ...duty, industries: [...duty.industries] });
  rememberDuty(manager, duty);
}

/** Writes the changed columns of a duty read before (with `findDuty`) in this transaction. */
export async function updateDuty(
  manager: EntityManager,
  duty: ComplianceDuty,
  changes: Partial<Pick<ComplianceDuty, 'industries' | 'cadence' | 'status'>>,
): Promise<void> {
  await manager.getRepository(ComplianceDuty).update({ dutyId: duty.dutyId }, { ...changes });
  rememberDuty(manager, { ...duty, ...changes });
}

/** The items of the post whose coverage gap is open (not closed by a covering duty). */
export async function openGapItems(
  manager: EntityManager,
  postId: string,
): Promise<ReadonlySet<string>> {
  const { openGaps } = memoOf(manager);
  const known = openGaps.get(postId);
  if (known !== undefined) return known;
  const open = await manager
    .getRepository(ComplianceFact)
    .findBy({ figure: 'coverageGaps', postId, toAt: IsNull() });
  const items = new Set(open.flatMap((fact) => (fact.item === null ? [] : [fact.item])));
  openGaps.set(postId, items);
  return items;
}

/** Remembers the open gap items of a post after the coverage facts were written. */
export function rememberOpenGapItems(
  manager: EntityManager,
  postId: string,
  items: ReadonlySet<string>,
): void {
  memoOf(manager).openGaps.set(postId, items);
}

/** A `dutiesDue` fact as the span it is. */
export function dueSpanOf(
  fact: Pick<ComplianceFact, 'cadence' | 'fromAt' | 'toAt' | 'closedBy'>,
): DueSpan | undefined {
  const cadence = CADENCES.find((candidate) => candidate === fact.cadence);
  if (cadence === undefined || fact.fromAt === null) return undefined;
  return { cadence, fromAt: fact.fromAt, toAt: fact.toAt, closedBy: fact.closedBy };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Spans in the order they began (then by the event that opened them): never the rows' order. */
const byStart = (a: ComplianceFact, b: ComplianceFact) =>
  compareText(a.fromAt ?? '', b.fromAt ?? '') || compareText(a.eventId, b.eventId);

/**
 * The spans over which a duty has been due, each with its cadence, in the order they began (read
 * once per transaction): a reader taking the first of them (a performance of a one-off duty) gets
 * the same span whatever order the rows lie in the table, as a rebuild may write them in another.
 */
export async function dueSpansOf(
  manager: EntityManager,
  dutyId: string,
): Promise<readonly DueSpan[]> {
  const { dueSpans } = memoOf(manager);
  const known = dueSpans.get(dutyId);
  if (known !== undefined) return known;
  const facts = await manager
    .getRepository(ComplianceFact)
    .findBy({ figure: 'dutiesDue', subject: dutyId });
  const spans = facts.sort(byStart).flatMap((fact) => dueSpanOf(fact) ?? []);
  dueSpans.set(dutyId, spans);
  return spans;
}

/** Called after a duty's spans were opened or closed: the next read sees them as written. */
export function forgetDueSpans(manager: EntityManager, dutyId: string): void {
  memoOf(manager).dueSpans.delete(dutyId);
}

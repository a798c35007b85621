import { type JurisdictionCalendar, coverage } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import { closeSpans, openSpan } from './compliance-fact';
import { dutiesOfPost, findPost, openGapItems, rememberOpenGapItems } from './compliance-rows';

export const scopeSubject = (postId: string, item: string): string => `${postId}/${item}`;

/**
 * Re-applies the domain's coverage rule to a post after `event` changed its scope or duties: an
 * item that became uncovered opens a gap (opened by `event`), one that became covered closes its
 * gap at `at`.
 */
export async function recomputeCoverage(
  manager: EntityManager,
  event: RecordedEvent,
  postId: string,
  at: string,
  calendar: JurisdictionCalendar,
): Promise<void> {
  const post = await findPost(manager, postId);
  if (!post) return;
  const duties = await dutiesOfPost(manager, postId);
  const { covered, gaps } = coverage(post.businessScope, duties);
  const openItems = await openGapItems(manager, postId);
  for (const item of gaps.filter((candidate) => !openItems.has(candidate))) {
    await openSpan(
      manager,
      event,
      {
        figure: 'coverageGaps',
        subject: scopeSubject(postId, item),
        departmentId: post.departmentId,
        fromAt: at,
        postId,
        item,
      },
      calendar,
    );
  }
  for (const item of covered.filter((candidate) => openItems.has(candidate))) {
    await closeSpans(
      manager,
      event,
      {
        figure: 'coverageGaps',
        subject: scopeSubject(postId, item),
        at,
      },
      calendar,
    );
  }
  const stillOpen = [...openItems].filter((item) => !covered.includes(item));
  rememberOpenGapItems(manager, postId, new Set([...stillOpen, ...gaps]));
}

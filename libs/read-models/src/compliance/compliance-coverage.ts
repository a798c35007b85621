import { coverage } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import { type EntityManager, IsNull } from 'typeorm';
import { ComplianceDuty } from './compliance-duty.entity';
import { ComplianceFact } from './compliance-fact.entity';
import { closeSpans, openSpan } from './compliance-fact';
import { CompliancePost } from './compliance-post.entity';

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
): Promise<void> {
  const post = await manager.getRepository(CompliancePost).findOneBy({ postId });
  if (!post) return;
  const duties = await manager.getRepository(ComplianceDuty).findBy({ postId });
  const { covered, gaps } = coverage(post.businessScope, duties);
  const open = await manager
    .getRepository(ComplianceFact)
    .findBy({ figure: 'coverageGaps', postId, toAt: IsNull() });
  const openItems = new Set(open.map((fact) => fact.item));
  for (const item of gaps.filter((candidate) => !openItems.has(candidate))) {
    await openSpan(manager, event, {
      figure: 'coverageGaps',
      subject: scopeSubject(postId, item),
      departmentId: post.departmentId,
      fromAt: at,
      postId,
      item,
    });
  }
  for (const item of covered.filter((candidate) => openItems.has(candidate))) {
    await closeSpans(manager, event, {
      figure: 'coverageGaps',
      subject: scopeSubject(postId, item),
      at,
    });
  }
}

import type { CadreAppointedToPost, CadreRelievedFromPost, PostEstablished } from './post.events';

export const postEstablished: PostEstablished = {
  type: 'PostEstablished',
  data: {
    postId: 'post-1',
    departmentId: 'dep-district',
    title: 'Deputy District Head (construction, transport)',
    rank: 'DEPUTY',
    businessScope: ['construction', 'transport'],
    occurredAt: '2026-01-15T09:00:00.000Z',
  },
};

export const appointed = (cadreId: string, effectiveFrom: string): CadreAppointedToPost => ({
  type: 'CadreAppointedToPost',
  data: { postId: 'post-1', cadreId, effectiveFrom, occurredAt: effectiveFrom },
});

export const relieved = (cadreId: string, effectiveFrom: string): CadreRelievedFromPost => ({
  type: 'CadreRelievedFromPost',
  data: {
    postId: 'post-1',
    cadreId,
    effectiveFrom,
    reason: 'transferred',
    occurredAt: effectiveFrom,
  },
});

import type { DomainEvent } from '../shared/decider';

export const POST_RANKS = ['PRINCIPAL', 'DEPUTY'] as const;
export type PostRank = (typeof POST_RANKS)[number];

export type PostEstablished = DomainEvent<
  'PostEstablished',
  {
    readonly postId: string;
    readonly departmentId: string;
    readonly title: string;
    readonly rank: PostRank;
    /** the industries or business lines the post leads */
    readonly businessScope: readonly string[];
    readonly occurredAt: string;
  }
>;

/** occurredAt is the effective date: the appointment takes effect then. */
export type CadreAppointedToPost = DomainEvent<
  'CadreAppointedToPost',
  {
    readonly postId: string;
    readonly cadreId: string;
    readonly effectiveFrom: string;
    readonly occurredAt: string;
  }
>;

/** occurredAt is the effective date: the cadre stops holding the post then. */
export type CadreRelievedFromPost = DomainEvent<
  'CadreRelievedFromPost',
  {
    readonly postId: string;
    readonly cadreId: string;
    readonly effectiveFrom: string;
    readonly reason: string;
    readonly occurredAt: string;
  }
>;

export type PostEvent = PostEstablished | CadreAppointedToPost | CadreRelievedFromPost;

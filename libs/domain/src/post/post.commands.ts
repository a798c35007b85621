import type { AppointmentEligibility } from '../policies/appointment-eligibility';
import type { Command } from '../shared/decider';
import type { PostRank } from './post.events';

export type EstablishPost = Command<
  'EstablishPost',
  {
    readonly postId: string;
    readonly departmentId: string;
    readonly title: string;
    readonly rank: PostRank;
    readonly businessScope: readonly string[];
    /** when the post exists from (business time); the request time when omitted */
    readonly effectiveFrom?: string;
    /** when the post's department exists from (from the department's stream) */
    readonly departmentRegisteredAt: string;
  }
>;

export type AppointCadreToPost = Command<
  'AppointCadreToPost',
  {
    readonly postId: string;
    readonly cadreId: string;
    readonly effectiveFrom: string;
    /** the cadre's appointment eligibility as of effectiveFrom (resolved by the handler) */
    readonly eligibility: AppointmentEligibility;
    /** appoints a blocked cadre all the same, saying why; null when not overriding */
    readonly override: { readonly reason: string } | null;
  }
>;

export type RelieveCadreFromPost = Command<
  'RelieveCadreFromPost',
  {
    readonly postId: string;
    readonly cadreId: string;
    readonly effectiveFrom: string;
    readonly reason: string;
  }
>;

export type PostCommand = EstablishPost | AppointCadreToPost | RelieveCadreFromPost;

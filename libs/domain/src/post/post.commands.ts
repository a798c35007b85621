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
  }
>;

export type AppointCadreToPost = Command<
  'AppointCadreToPost',
  { readonly postId: string; readonly cadreId: string; readonly effectiveFrom: string }
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

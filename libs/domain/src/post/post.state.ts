import { unreachable } from '../shared/decider';
import type { PostEvent, PostRank } from './post.events';

/** One tenure: held from `from` (inclusive) until `until` (exclusive); `until` null while held. */
export interface Appointment {
  readonly cadreId: string;
  readonly from: string;
  readonly until: string | null;
}

export interface EstablishedPost {
  readonly status: 'ESTABLISHED';
  readonly postId: string;
  readonly departmentId: string;
  readonly title: string;
  readonly rank: PostRank;
  readonly businessScope: readonly string[];
  /** business time from which the post exists */
  readonly establishedAt: string;
  /** in order of effective date; at most the last one is open */
  readonly appointments: readonly Appointment[];
}

export type PostState = { readonly status: 'NOT_ESTABLISHED' } | EstablishedPost;

export const initialPostState: PostState = { status: 'NOT_ESTABLISHED' };

export function evolvePost(state: PostState, event: PostEvent): PostState {
  switch (event.type) {
    case 'PostEstablished': {
      const { postId, departmentId, title, rank, businessScope, occurredAt } = event.data;
      return {
        status: 'ESTABLISHED',
        postId,
        departmentId,
        title,
        rank,
        businessScope,
        establishedAt: occurredAt,
        appointments: [],
      };
    }
    case 'CadreAppointedToPost': {
      if (state.status !== 'ESTABLISHED') return state;
      const { cadreId, effectiveFrom } = event.data;
      const tenure: Appointment = { cadreId, from: effectiveFrom, until: null };
      return { ...state, appointments: [...state.appointments, tenure] };
    }
    case 'CadreRelievedFromPost': {
      if (state.status !== 'ESTABLISHED') return state;
      const { cadreId, effectiveFrom } = event.data;
      const appointments = state.appointments.map((tenure) =>
        tenure.cadreId === cadreId && tenure.until === null
          ? { ...tenure, until: effectiveFrom }
          : tenure,
      );
      return { ...state, appointments };
    }
    default:
      return unreachable(event);
  }
}

import type { Appointment, PostState } from './post.state';
import { postInstant } from './post.time';

/** Who answered for a post at a moment: a cadre, or nobody (a vacant post is never guessed). */
export type PostHolding = { readonly cadreId: string } | { readonly vacant: true };

/** The post's tenures in order of effective date (empty for a post not established). */
export function appointmentsOf(state: PostState): readonly Appointment[] {
  return state.status === 'ESTABLISHED' ? state.appointments : [];
}

/** The open tenure, if someone holds the post now (regardless of the clock). */
export function currentAppointment(state: PostState): Appointment | undefined {
  return appointmentsOf(state).find((tenure) => tenure.until === null);
}

/** When the appointment history last changed: the latest effective date, or null if none. */
export function lastAppointmentChange(state: PostState): string | null {
  const last = appointmentsOf(state).at(-1);
  return last === undefined ? null : (last.until ?? last.from);
}

/**
 * Who held the post at `at`. A tenure includes its first instant and excludes its last: at the
 * instant of a relief the relieved cadre no longer holds the post, and at the instant of an
 * appointment the new cadre does. Before the first appointment, or between tenures, it is vacant.
 */
export function holderAt(state: PostState, at: string): PostHolding {
  const moment = postInstant(at, 'at');
  const tenure = appointmentsOf(state).find(
    (candidate) =>
      postInstant(candidate.from, 'from') <= moment &&
      (candidate.until === null || moment < postInstant(candidate.until, 'until')),
  );
  return tenure === undefined ? { vacant: true } : { cadreId: tenure.cadreId };
}

import { businessInstant } from '../shared/business-time';
import { DomainError } from '../shared/domain-error';
import { POST_ERRORS } from './post.errors';

/** Milliseconds since the epoch of an ISO-8601 business time; rejects anything else. */
export function postInstant(iso: string, field: string): number {
  const instant = businessInstant(iso);
  if (Number.isNaN(instant)) {
    throw new DomainError(
      POST_ERRORS.POST_TIME_INVALID,
      `${field} is not an ISO-8601 time: ${iso}`,
    );
  }
  return instant;
}

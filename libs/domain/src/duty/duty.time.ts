import { businessInstant } from '../shared/business-time';
import { DomainError } from '../shared/domain-error';
import { DUTY_ERRORS } from './duty.errors';

/** Milliseconds since the epoch of an ISO-8601 business time; rejects anything else. */
export function dutyInstant(iso: string, field: string): number {
  const instant = businessInstant(iso);
  if (Number.isNaN(instant)) {
    throw new DomainError(
      DUTY_ERRORS.DUTY_TIME_INVALID,
      `${field} is not an ISO-8601 time: ${iso}`,
    );
  }
  return instant;
}

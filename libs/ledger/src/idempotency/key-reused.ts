import { DomainError } from '@dutyledger/domain';

/** The same Idempotency-Key came with another request: answered 422. */
export function keyReused(): DomainError {
  return new DomainError(
    'IDEMPOTENCY_KEY_REUSED',
    'This Idempotency-Key was already used for a different request',
  );
}

/**
 * A command broke a rule of the domain. `code` is stable (SCREAMING_SNAKE_CASE) and is what
 * clients and tests match on; the message explains it to a person. Mapped to HTTP 422.
 */
export class DomainError extends Error {
  override readonly name: string = 'DomainError';
  constructor(
    readonly code: string,
    message: string,
    /** what the rule found, for the answer's body (e.g. the blocks of an ineligible cadre) */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** The command names something that does not exist. Mapped to HTTP 404. */
export class UnknownEntityError extends DomainError {
  override readonly name = 'UnknownEntityError';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity.toUpperCase()}_NOT_FOUND`, `${entity} ${id} does not exist`);
  }
}

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CORRELATION_ID_FORMAT, correlationIdOf } from '../../observability/correlation-id';
import type { CommandContext } from '@dutyledger/ledger';
import type { AuthenticatedRequest } from '../auth/actor';
import { headerMalformed } from '../http/field-problems';

function header(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The CommandContext (libs/ledger) of an authenticated request, from its credentials and headers. */
export function commandContextOf(
  request: AuthenticatedRequest & { raw?: IncomingMessage },
): CommandContext {
  if (!request.actor) throw new Error('commandContextOf needs an authenticated request');
  const correlation = header(request, 'x-correlation-id');
  if (correlation !== undefined && !CORRELATION_ID_FORMAT.test(correlation)) {
    throw headerMalformed(
      'X-Correlation-Id',
      'X-Correlation-Id must be 1 to 100 letters, digits, or . _ : -',
      { format: 'letters, digits, . _ : -' },
    );
  }
  const ifMatch = header(request, 'if-match');
  let expectedRevision: bigint | undefined;
  if (ifMatch !== undefined) {
    const match = /^(?:W\/)?"?(\d{1,18})"?$/.exec(ifMatch.trim());
    if (!match?.[1]) {
      throw headerMalformed('If-Match', 'If-Match must be a stream revision, e.g. "3"', {
        format: 'a stream revision such as "3"',
      });
    }
    expectedRevision = BigInt(match[1]);
  }
  return {
    actor: request.actor,
    // The request's own id when there is one: its log lines carry the same.
    correlationId: request.raw ? correlationIdOf(request.raw) : (correlation ?? randomUUID()),
    commandId: randomUUID(),
    expectedRevision,
  };
}

/** Injects the CommandContext of the current request into a controller method. */
export const Context = createParamDecorator((_: unknown, host: ExecutionContext) =>
  commandContextOf(host.switchToHttp().getRequest<AuthenticatedRequest>()),
);

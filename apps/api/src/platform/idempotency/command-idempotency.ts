import { Inject, Injectable } from '@nestjs/common';
import { canonicalJson, type EventStore } from '@dutyledger/event-store';
import {
  KeyedLock,
  KeyedRequest,
  earlierAnswer,
  keyReused,
  runKeyed,
  sha256,
} from '@dutyledger/ledger';
import { EVENT_STORE } from '@dutyledger/wiring';
import { headerMalformed } from '../http/field-problems';
import { refuseDeepBody } from '../http/validation';
import type { AuthenticatedRequest } from '../auth/actor';

/** What a command's request shows of itself to `Idempotency-Key`. */
export interface KeyableRequest extends AuthenticatedRequest {
  method: string;
  url: string;
  body?: unknown;
}

const KEY_RULE = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * `Idempotency-Key` on a command: a retry answers what the first attempt answered and appends
 * nothing, whatever crashed in between; the same key with another body is refused (422). The
 * command's own events carry the key and what it answered (the Ledger reads them back), and
 * everything the command derives from the key is the same on every retry: the ids it gives new
 * entities and its events' ids. So the answer is durable with the command, in its one write.
 * Only commands that append are remembered: a refused command may be retried with the same key.
 * Commands take it through `IdempotentCommand` (docs/decisions/0002-idempotency.md).
 */
@Injectable()
export class CommandIdempotency {
  private readonly locks = new KeyedLock();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Runs `command` as the request's key asks: once per key, the first answer on every retry. */
  run(request: KeyableRequest, command: () => Promise<unknown>): Promise<unknown> {
    const raw = request.headers['idempotency-key'];
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (key === undefined || !request.actor) return command();
    if (!KEY_RULE.test(key)) {
      throw headerMalformed(
        'Idempotency-Key',
        'Idempotency-Key must be 8 to 100 letters, digits, or . _ : -',
        { format: '8-100 of A-Z a-z 0-9 . _ : -' },
      );
    }
    refuseDeepBody(request.body);
    const keyed = new KeyedRequest(
      sha256(`${request.actor.id}\n${key}`),
      sha256(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`),
      key,
    );
    // One attempt at a time per key in this process; across processes the store decides.
    return this.locks.run(keyed.key, async () => {
      const earlier = await earlierAnswer(this.store, keyed.key);
      if (earlier) {
        if (earlier.requestHash !== keyed.request) throw keyReused();
        return earlier.body;
      }
      return runKeyed(keyed, command);
    });
  }
}

import { refuseDeepBody } from '../http/validation';
import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
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
import { type Observable, from, lastValueFrom } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/actor';

interface RequestWithBody extends AuthenticatedRequest {
  method: string;
  url: string;
  body?: unknown;
}

/**
 * `Idempotency-Key` on a command: a retry answers what the first attempt answered and appends
 * nothing, whatever crashed in between; the same key with another body is refused (422). The
 * command's own events carry the key and what it answered (the Ledger reads them back), and
 * everything the command derives from the key is the same on every retry: the ids it gives new
 * entities and its events' ids. So the answer is durable with the command, in its one write.
 * Only commands that append are remembered: a refused command may be retried with the same key.
 * It is on command routes only (`CommandEndpoint`): reads are idempotent by nature and ignore
 * the key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly locks = new KeyedLock();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  intercept(context: ExecutionContext, next: CallHandler<unknown>): Observable<unknown> {
    const request = context.switchToHttp().getRequest<RequestWithBody>();
    const raw = request.headers['idempotency-key'];
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (key === undefined || !request.actor) return next.handle();
    if (!/^[A-Za-z0-9._:-]{8,100}$/.test(key)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: 'Idempotency-Key must be 8 to 100 letters, digits, or . _ : -',
        fields: [{ field: 'Idempotency-Key', rules: { format: '8-100 of A-Z a-z 0-9 . _ : -' } }],
      });
    }
    refuseDeepBody(request.body);
    const keyed = new KeyedRequest(
      sha256(`${request.actor.id}\n${key}`),
      sha256(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`),
      key,
    );
    // One attempt at a time per key in this process; across processes the store decides.
    return from(
      this.locks.run(keyed.key, async () => {
        const earlier = await earlierAnswer(this.store, keyed.key);
        if (earlier) {
          if (earlier.requestHash !== keyed.request) throw keyReused();
          return earlier.body;
        }
        return runKeyed(keyed, () => lastValueFrom(next.handle()));
      }),
    );
  }
}

import { refuseDeepBody } from '../http/validation';
import { createHash, randomUUID } from 'node:crypto';
import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { DomainError } from '@dutyledger/domain';
import {
  canonicalJson,
  type EventStore,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '@dutyledger/event-store';
import { type Observable, from, lastValueFrom } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/actor';
import { CLOCK, type Clock, EVENT_STORE } from '@dutyledger/platform';
import { KeyedLock } from './keyed-lock';

export const COMMAND_ANSWERED = 'CommandAnswered';

interface RequestWithBody extends AuthenticatedRequest {
  method: string;
  url: string;
  body?: unknown;
}

/**
 * `Idempotency-Key`: a retried command answers what the first one answered, without appending
 * again. The first answer is kept as an event in the store (stream `idempotency-<hash>`), so keys
 * survive restarts and work on every store; the same key with another body is refused (422).
 * Only successful answers are kept: a refused command may be retried with the same key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly locks = new KeyedLock();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

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
    const stream = `idempotency-${sha256(`${request.actor.id}\n${key}`).slice(0, 40)}`;
    const requestHash = sha256(
      `${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`,
    );
    return from(
      this.locks.run(stream, async () => {
        const earlier = await this.earlierAnswer(stream);
        if (earlier) {
          if (earlier.requestHash !== requestHash) {
            throw new DomainError(
              'IDEMPOTENCY_KEY_REUSED',
              'This Idempotency-Key was already used for a different request',
            );
          }
          return earlier.body;
        }
        const answer: unknown = await lastValueFrom(next.handle());
        await this.remember(
          stream,
          requestHash,
          answer,
          request.actor?.id ?? 'unknown',
          request.actor?.role ?? 'unknown',
        );
        return answer;
      }),
    );
  }

  private async earlierAnswer(stream: string) {
    try {
      const [event] = await this.store.readStream(stream, { maxCount: 1 });
      return event ? { requestHash: event.data.requestHash, body: event.data.body } : undefined;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw error;
    }
  }

  private async remember(
    stream: string,
    requestHash: string,
    body: unknown,
    actorId: string,
    role: string,
  ) {
    const now = this.clock().toISOString();
    try {
      await this.store.append(
        stream,
        [
          {
            id: randomUUID(),
            type: COMMAND_ANSWERED,
            schemaVersion: 1,
            data: { requestHash, body, occurredAt: now },
            metadata: {
              actor: { id: actorId, role },
              correlationId: stream,
              causationId: stream,
              occurredAt: now,
              recordedAt: now,
            },
          },
        ],
        'no_stream',
      );
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

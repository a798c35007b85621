import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { DomainError, UnknownEntityError } from '@dutyledger/domain';
import {
  InvalidAppendError,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '@dutyledger/event-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { refusalLang, saidIn } from './refusal-language';

interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  [detail: string]: unknown;
}

function body(statusCode: number, code: string, message: string): ErrorBody {
  const error = HttpStatus[statusCode]?.toString().replace(/_/g, ' ') ?? 'Error';
  return { statusCode, error: error.charAt(0) + error.slice(1).toLowerCase(), code, message };
}

/**
 * Maps every failure to the answer the README promises: rules 422, unknown ids 404,
 * concurrency 409, validation 400 (already shaped), credentials 401/403, each `message` in the
 * reader's language (refusal-language.ts). Anything else is a bug
 * on our side: logged, and answered 500 without internals.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest | undefined>();
    // Said in the reader's language (Accept-Language, or ?lang=); the code never changes.
    const answer = saidIn(refusalLang(request), this.answer(exception), exception);
    void reply.status(answer.statusCode).send(answer);
  }

  private answer(exception: unknown): ErrorBody {
    if (exception instanceof UnknownEntityError)
      return body(404, exception.code, exception.message);
    if (exception instanceof DomainError) {
      return { ...exception.details, ...body(422, exception.code, exception.message) };
    }
    if (exception instanceof StreamNotFoundError) return body(404, 'NOT_FOUND', exception.message);
    // An operator deleted the stream: the ledger never writes it again (and a tombstoned one
    // cannot even be read), so the entity is gone for good.
    if (exception instanceof StreamDeletedError)
      return body(410, 'STREAM_DELETED', exception.message);
    if (exception instanceof WrongExpectedRevisionError) {
      return {
        ...body(409, 'CONCURRENT_CHANGE', exception.message),
        expectedRevision: String(exception.expected),
        actualRevision: String(exception.actual),
      };
    }
    if (exception instanceof InvalidAppendError)
      return body(422, 'INVALID_APPEND', exception.message);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && 'code' in response) return response as ErrorBody;
      const code = HttpStatus[status] ?? 'ERROR';
      return body(status, code, exception.message);
    }
    const status = fastifyStatus(exception);
    if (status !== undefined && status >= 400 && status < 500) {
      const message = exception instanceof Error ? exception.message : 'Bad request';
      return body(status, HttpStatus[status] ?? 'BAD_REQUEST', message);
    }
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : exception,
    );
    return body(500, 'INTERNAL_ERROR', 'Something went wrong on our side; it has been logged');
  }
}

/** Fastify's own errors (body too large, malformed JSON, bad content type) carry a 4xx status. */
function fastifyStatus(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null || !('statusCode' in exception)) {
    return undefined;
  }
  const { statusCode } = exception;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

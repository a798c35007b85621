import { isUtf8 } from 'node:buffer';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Server } from 'node:http';
import { validationFailed } from './field-problems';

/**
 * JSON bodies as Fastify parses them (prototype poisoning refused), after checking that the
 * bytes are UTF-8: a decoder would otherwise turn broken bytes into U+FFFD and store that. Only
 * JSON is parsed; any other content type is answered 415.
 */
export function acceptUtf8JsonOnly(app: NestFastifyApplication, bodyLimit: number): void {
  const parseJson = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>('application/json', { bodyLimit }, (request, body, done) => {
    if (!isUtf8(body)) {
      done(
        validationFailed([{ field: 'body', rules: { utf8: 'the body must be UTF-8 text' } }]),
        undefined,
      );
      return;
    }
    void parseJson(request, body.toString('utf8'), done);
  });
}

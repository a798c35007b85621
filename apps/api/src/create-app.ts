import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { AppModule } from './app.module';
import { acceptUtf8JsonOnly } from './platform/http/json-body';
import { documentValidationRules } from './platform/http/openapi/document-validation-rules';
import { documentErrorAnswers } from './platform/http/openapi/error-answers';
import { documentPathParameters } from './platform/http/openapi/path-parameters';
import { routesOf } from './platform/http/openapi/routes';
import { secureHeaders } from './platform/http/security-headers';
import { validationPipe } from './platform/http/validation';
import type { StoresOverrides } from '@dutyledger/platform';

/** Largest request body accepted; larger ones are answered 413 before any parsing. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Where the OpenAPI document and swagger-ui are served. */
const DOCS_PATH = 'docs';

/** Builds the HTTP application (used by main and by the e2e tests). */
export async function createApp(
  config: DutyLedgerConfig,
  overrides: StoresOverrides = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forConfig(config, overrides),
    new FastifyAdapter({
      bodyLimit: MAX_BODY_BYTES,
      routerOptions: { maxParamLength: 200 },
      // Slow clients (unfinished headers or bodies, idle keep-alives) are closed, not held.
      requestTimeout: config.http.requestTimeoutMs,
      keepAliveTimeout: config.http.keepAliveTimeoutMs,
      http: {
        headersTimeout: config.http.headersTimeoutMs,
        connectionsCheckingInterval: config.http.timeoutCheckIntervalMs,
      },
    }),
    {
      logger:
        process.env.DUTYLEDGER_QUIET === 'true' ? ['error', 'warn'] : ['error', 'warn', 'log'],
    },
  );
  await secureHeaders(app, DOCS_PATH);
  acceptUtf8JsonOnly(app, MAX_BODY_BYTES);
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  app.getHttpServer().maxConnections = config.http.maxConnections;
  const routes = routesOf(app);
  documentValidationRules();
  documentPathParameters(routes);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('DutyLedger')
      .setDescription('Work-safety accountability under "one post, two responsibilities"')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  documentErrorAnswers(document, routes);
  SwaggerModule.setup(DOCS_PATH, app, document, {
    jsonDocumentUrl: `${DOCS_PATH}/openapi.json`,
  });
  return app;
}

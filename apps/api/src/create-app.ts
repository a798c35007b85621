import type { IncomingHttpHeaders } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import { bindRequestLogs } from './observability/logs/request-logs';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { correlationIdOf } from './observability/correlation-id';
import { ApiMetrics } from './observability/metrics/api-metrics';
import { commandRoutes, observeRequests } from './observability/observe-requests';
import { answerJsonInPieces } from './platform/http/json-answer';
import { acceptUtf8JsonOnly } from './platform/http/json-body';
import { countRequestsInFlight } from './platform/http/requests-in-flight';
import { documentValidationRules } from './platform/http/openapi/document-validation-rules';
import { documentErrorAnswers } from './platform/http/openapi/error-answers';
import { documentSecurity } from './platform/http/openapi/security';
import { documentPathParameters } from './platform/http/openapi/path-parameters';
import { type Route, routesOf } from './platform/http/openapi/routes';
import { secureHeaders } from './platform/http/security-headers';
import { validationPipe } from './platform/http/validation';
import {
  REQUESTS_IN_FLIGHT,
  type RequestsInFlight,
  type StoresOverrides,
  createLogger,
} from '@dutyledger/wiring';
import openApiMetadata from './openapi-metadata';

/** Largest request body accepted; larger ones are answered 413 before any parsing. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Where the OpenAPI document and swagger-ui are served. */
const DOCS_PATH = 'docs';

export interface AppOptions {
  /** Where the log lines go instead of stdout (tests read them). */
  logs?: DestinationStream;
}

/** The OpenAPI document of the app's routes, with what the validators and guards enforce. */
export function openApiDocument(
  app: NestFastifyApplication,
  routes: readonly Route[],
): OpenAPIObject {
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
  documentSecurity(document, routes);
  return document;
}

/** Builds the HTTP application (used by main and by the e2e tests). */
export async function createApp(
  config: DutyLedgerConfig,
  overrides: StoresOverrides = {},
  options: AppOptions = {},
): Promise<NestFastifyApplication> {
  const logger = createLogger(config.log, 'dutyledger-api', options.logs);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forConfig(config, overrides, logger),
    new FastifyAdapter({
      bodyLimit: MAX_BODY_BYTES,
      routerOptions: { maxParamLength: 200 },
      // Fastify's request id is the correlation id: the logs of a request carry it.
      genReqId: (request: { headers: IncomingHttpHeaders }) => correlationIdOf(request),
      // Slow clients (unfinished headers or bodies, idle keep-alives) are closed, not held.
      requestTimeout: config.http.requestTimeoutMs,
      keepAliveTimeout: config.http.keepAliveTimeoutMs,
      http: {
        headersTimeout: config.http.headersTimeoutMs,
        connectionsCheckingInterval: config.http.timeoutCheckIntervalMs,
      },
    }),
    // Nest's own lines wait for the JSON logger rather than going to the console.
    { bufferLogs: true },
  );
  app.useLogger(app.get(NestPinoLogger));
  bindRequestLogs(app.getHttpAdapter().getInstance());
  secureHeaders(app, DOCS_PATH);
  acceptUtf8JsonOnly(app, MAX_BODY_BYTES);
  answerJsonInPieces(app);
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  app.getHttpServer().maxConnections = config.http.maxConnections;
  const routes = routesOf(app);
  observeRequests(app, logger, app.get(ApiMetrics), commandRoutes(routes));
  countRequestsInFlight(app, app.get<RequestsInFlight>(REQUESTS_IN_FLIGHT));
  // The DTOs and views as the swagger plugin reads them (`npm run openapi:metadata`).
  await SwaggerModule.loadPluginMetadata(openApiMetadata);
  // Built on the first request for it, not at start: it walks every route and DTO, which held
  // the first answer back by about 0.2 s of CPU (test/bench/README.md, "Where the time of a start goes").
  SwaggerModule.setup(DOCS_PATH, app, () => openApiDocument(app, routes), {
    jsonDocumentUrl: `${DOCS_PATH}/openapi.json`,
  });
  return app;
}

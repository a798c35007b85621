import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import { RouteConfig } from '@nestjs/platform-fastify';

type Directives = Record<string, string[]>;

const NOTHING_ELSE: Directives = {
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/** An API answer is data, never a page: a browser that renders one may run or load nothing. */
export const API_POLICY: Directives = { defaultSrc: ["'none'"], ...NOTHING_ELSE };

/** The dashboard shell: its own scripts, styles and API calls only (no inline code, no CDN). */
export const DASHBOARD_POLICY: Directives = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  ...NOTHING_ELSE,
};

/** swagger-ui: its own scripts, the inline styles of its page, the document it fetches. */
export const DOCS_POLICY: Directives = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  ...NOTHING_ELSE,
};

/** The printable case report: inline print styles, nothing else, never framed. */
export const REPORT_POLICY: Directives = {
  defaultSrc: ["'none'"],
  styleSrc: ["'unsafe-inline'"],
  ...NOTHING_ELSE,
};

/** A route's security headers: helmet's, worked out once per policy rather than per request. */
type SecurityHeaders = Readonly<Record<string, string>>;

interface SecuredRouteConfig {
  securityPolicy?: Directives;
  securityHeaders?: SecurityHeaders;
}

/** The headers helmet sets under `directives` (frames refused), read off a response never sent. */
function headersUnder(directives: Directives): SecurityHeaders {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    frameguard: { action: 'deny' },
  })(request, response, () => undefined);
  return Object.fromEntries(
    Object.entries(response.getHeaders()).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : String(value),
    ]),
  );
}

/** A route whose answers a browser renders under `directives` instead of the API policy. */
export const ContentSecurityPolicy = (directives: Directives) =>
  RouteConfig({ securityPolicy: directives } satisfies SecuredRouteConfig);

/**
 * Security headers on every answer, as helmet makes them: the API policy unless a route declares
 * its own, the docs policy on what Swagger serves under `/${docsPath}`, frames refused, and
 * `Cache-Control: no-store` on every answer that does not set its own caching (answers carry
 * personal data and audit records: no shared or browser cache may keep them). Each policy's
 * headers are worked out once, when its first route is added: @fastify/helmet built helmet's
 * middleware again for every request (test/bench/README.md).
 */
export function secureHeaders(app: NestFastifyApplication, docsPath: string): void {
  const fastify = app.getHttpAdapter().getInstance();
  const known = new Map<Directives, SecurityHeaders>();
  const headersOf = (directives: Directives) => {
    let headers = known.get(directives);
    if (headers === undefined) {
      headers = headersUnder(directives);
      known.set(directives, headers);
    }
    return headers;
  };
  const apiHeaders = headersOf(API_POLICY);
  // Swagger registers its routes on Fastify directly: they get the docs policy as they are added.
  fastify.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as SecuredRouteConfig;
    const docs = route.url === `/${docsPath}` || route.url.startsWith(`/${docsPath}/`);
    const policy = config.securityPolicy ?? (docs ? DOCS_POLICY : API_POLICY);
    route.config = { ...route.config, securityHeaders: headersOf(policy) };
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    const config = request.routeOptions.config as SecuredRouteConfig;
    void reply.headers(config.securityHeaders ?? apiHeaders);
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}

import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
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

const helmetWith = (directives: Directives) => ({
  contentSecurityPolicy: { useDefaults: false, directives },
});

/** A route whose answers a browser renders under `directives` instead of the API policy. */
export const ContentSecurityPolicy = (directives: Directives) =>
  RouteConfig({ helmet: helmetWith(directives) });

/**
 * Security headers on every answer, by @fastify/helmet: the API policy unless a route declares
 * its own, the docs policy on what Swagger serves under `/${docsPath}`, frames refused, and
 * `Cache-Control: no-store` on every answer that does not set its own caching (answers carry
 * personal data and audit records: no shared or browser cache may keep them).
 */
export async function secureHeaders(app: NestFastifyApplication, docsPath: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // Swagger registers its routes on Fastify directly: they get the docs policy as they are added.
  fastify.addHook('onRoute', (route) => {
    if (route.url === `/${docsPath}` || route.url.startsWith(`/${docsPath}/`)) {
      route.config = { ...route.config, helmet: helmetWith(DOCS_POLICY) };
    }
  });
  // The plugin is typed against the root copy of fastify, Nest against its own: same major.
  const plugin = helmet as unknown as Parameters<NestFastifyApplication['register']>[0];
  await app.register(plugin, {
    global: true,
    ...helmetWith(API_POLICY),
    frameguard: { action: 'deny' },
  });
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    return payload;
  });
}

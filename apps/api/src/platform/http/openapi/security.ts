import type { OpenAPIObject } from '@nestjs/swagger';
import type { Route } from './routes';

/** The bearer scheme of `DocumentBuilder.addBearerAuth()`: a JWT in `Authorization: Bearer …`. */
export const BEARER = 'bearer';

/**
 * Every operation needs a bearer token (the document's own `security`, declared once), except the
 * routes the auth guard lets through without one (`@Public()`), which say so with `security: []`.
 * Read from the same metadata the guard reads, so the document cannot say otherwise than it does.
 */
export function documentSecurity(document: OpenAPIObject, routes: readonly Route[]): void {
  document.security = [{ [BEARER]: [] }];
  for (const route of routes) {
    if (route.access?.public !== true) continue;
    const operation = document.paths[route.path]?.[route.method as 'get'];
    if (operation) operation.security = [];
  }
}

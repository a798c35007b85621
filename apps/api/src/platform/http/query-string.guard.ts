import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { type FieldProblem, validationFailed } from './field-problems';

interface RouteArgument {
  index: number;
  data?: unknown;
}

interface QueryRequest {
  query?: unknown;
  raw: { url?: string };
}

/** The query parameters a handler reads: all it declares (`@Query()` with a DTO), or some. */
type Accepted = 'declared-by-dto' | ReadonlySet<string>;

function decoded(component: string): string | undefined {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * Percent-escapes that are not UTF-8 (`%FF`, an encoded surrogate): the query-string parser
 * keeps them undecoded, so a filter would silently look for the escape itself.
 */
function badlyEncoded(url: string): FieldProblem[] {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  return query
    .split('&')
    .filter((pair) => pair !== '')
    .flatMap((pair) => {
      const [name = '', ...value] = pair.split('=');
      const field = decoded(name) ?? name;
      if (decoded(name) !== undefined && decoded(value.join('=')) !== undefined) return [];
      return [{ field, rules: { utf8: `${field} must be percent-encoded UTF-8` } }];
    });
}

/**
 * Query strings are checked as strictly as bodies: percent-encoded UTF-8 only, and a parameter
 * the route does not read is refused (400), as an unknown body field is, so a misspelt filter
 * never silently answers the unfiltered list. Routes with a query DTO leave the names to the
 * validation pipe (whitelist), which also applies the text rules to every value.
 * A guard, run after authentication, rather than an interceptor: Nest wraps every request in
 * each global interceptor (an async resource and an observable), which halved the api's
 * throughput on light requests (test/bench/README.md).
 */
@Injectable()
export class QueryStringGuard implements CanActivate {
  private readonly accepted = new WeakMap<object, Accepted>();

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<QueryRequest>();
    const encoding = badlyEncoded(request.raw.url ?? '');
    if (encoding.length > 0) throw validationFailed(encoding);
    const accepted = this.acceptedBy(context);
    if (accepted === 'declared-by-dto') return true;
    const { query } = request;
    const names = typeof query === 'object' && query !== null ? Object.keys(query) : [];
    const unknown = names.filter((name) => !accepted.has(name));
    if (unknown.length > 0) {
      throw validationFailed(
        unknown.map((name) => ({
          field: name,
          rules: { whitelistValidation: `query parameter ${name} is not accepted here` },
        })),
      );
    }
    return true;
  }

  private acceptedBy(context: ExecutionContext): Accepted {
    const handler = context.getHandler();
    const known = this.accepted.get(handler);
    if (known) return known;
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ??
      {}) as Record<string, RouteArgument>;
    const names = new Set<string>();
    let accepted: Accepted = names;
    for (const [key, argument] of Object.entries(args)) {
      if (key.split(':')[0] !== String(RouteParamtypes.QUERY)) continue;
      if (typeof argument.data === 'string') names.add(argument.data);
      else accepted = 'declared-by-dto';
    }
    this.accepted.set(handler, accepted);
    return accepted;
  }
}

import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ACCESS_KEY, type Access } from '../../auth/access.decorator';

/** One argument a route handler takes from the request. */
export interface RouteArgument {
  from: 'body' | 'query' | 'param' | 'other';
  /** The name of a path or query parameter; none for a whole body or query object. */
  name?: string;
  /** The declared type: a request class for bodies and query objects. */
  type?: unknown;
  pipes: readonly unknown[];
}

/** A route of a controller, as the OpenAPI document lists it. */
export interface Route {
  controller: Type;
  handlerName: string;
  /** Lower case, as OpenAPI keys operations: `get`, `post`… */
  method: string;
  /** As OpenAPI writes it: `/cases/{caseId}/timeline`. */
  path: string;
  access: Access | undefined;
  args: RouteArgument[];
}

const FROM: Partial<Record<number, RouteArgument['from']>> = {
  [RouteParamtypes.BODY]: 'body',
  [RouteParamtypes.QUERY]: 'query',
  [RouteParamtypes.PARAM]: 'param',
};

function joined(...parts: unknown[]): string {
  const path = parts
    .flatMap((part) => (typeof part === 'string' ? [part] : []))
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter((part) => part !== '')
    .join('/');
  return `/${path}`.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** Every route of every controller of the application, read from Nest's metadata. */
export function routesOf(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const handlerName of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[handlerName];
        if (handlerName === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const types = (Reflect.getMetadata('design:paramtypes', prototype, handlerName) ??
          []) as unknown[];
        const declared = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handlerName) ??
          {}) as Record<string, { index: number; data?: unknown; pipes?: unknown[] }>;
        const args = Object.entries(declared).map(([key, argument]): RouteArgument => ({
          from: FROM[Number(key.split(':')[0])] ?? 'other',
          name: typeof argument.data === 'string' ? argument.data : undefined,
          type: types[argument.index],
          pipes: argument.pipes ?? [],
        }));
        routes.push({
          controller,
          handlerName,
          method: RequestMethod[method].toLowerCase(),
          path: joined(
            Reflect.getMetadata(PATH_METADATA, controller),
            Reflect.getMetadata(PATH_METADATA, handler),
          ),
          access: Reflect.getMetadata(ACCESS_KEY, handler) as Access | undefined,
          args,
        });
      }
    }
  }
  return routes;
}

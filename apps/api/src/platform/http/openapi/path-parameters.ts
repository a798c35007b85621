import { ApiParam } from '@nestjs/swagger';
import type { SchemaFields } from './rule-schemas';
import type { Route } from './routes';

/** A pipe of a path parameter says what it accepts as a static `openApi` schema. */
export interface DescribedPipe {
  readonly openApi: SchemaFields;
}

function describedBy(pipe: unknown): SchemaFields | undefined {
  const type = typeof pipe === 'function' ? pipe : (pipe as object | null)?.constructor;
  return (type as Partial<DescribedPipe> | undefined)?.openApi;
}

/** Every path parameter whose pipe describes itself is documented with that schema. */
export function documentPathParameters(routes: readonly Route[]): void {
  for (const route of routes) {
    const prototype = route.controller.prototype as object;
    const descriptor = Object.getOwnPropertyDescriptor(prototype, route.handlerName);
    if (!descriptor) continue;
    for (const argument of route.args) {
      if (argument.from !== 'param' || argument.name === undefined) continue;
      const schema = argument.pipes.map(describedBy).find((found) => found !== undefined);
      if (schema)
        ApiParam({ name: argument.name, schema })(prototype, route.handlerName, descriptor);
    }
  }
}

import { Inject, Req } from '@nestjs/common';
import { CommandIdempotency, type KeyableRequest } from './command-idempotency';

/** Marks a handler that takes `Idempotency-Key` (read by the route checks in the e2e specs). */
export const IDEMPOTENT_COMMAND = 'dutyledger:idempotent-command';

/** Where a command controller holds its CommandIdempotency (injected by property). */
const IDEMPOTENCY = Symbol('command idempotency');

type Handler = (this: object, ...args: unknown[]) => Promise<unknown>;

/**
 * The handler runs under `Idempotency-Key` (CommandIdempotency). Not a Nest interceptor: Nest
 * wraps an intercepted request in rxjs observables and binds an async resource per call (on
 * Node 20 that makes two util.deprecate wrappers): ~150 µs of a command's main-thread time at 64
 * senders (`npm run bench:profile`). Instead the handler is wrapped: Nest
 * passes it the request as one argument more than it declares, and the controller gets
 * CommandIdempotency injected by property. The handler's own metadata (route, roles, OpenAPI) is
 * carried over to the wrapper.
 */
export function IdempotentCommand(): MethodDecorator {
  return (target, name, descriptor) => {
    const handler = descriptor.value;
    if (typeof handler !== 'function') throw new Error(`${String(name)} is not a method`);
    const paramtypes: unknown = Reflect.getMetadata('design:paramtypes', target, name);
    if (!Array.isArray(paramtypes)) throw new Error(`${String(name)} has no parameter types`);
    const declared = paramtypes.length;
    Req()(target, name, declared);
    Inject(CommandIdempotency)(target, IDEMPOTENCY);
    const command = handler as Handler;
    const keyed: Handler = function (this: object, ...args: unknown[]) {
      const idempotency = (this as Partial<Record<symbol, CommandIdempotency>>)[IDEMPOTENCY];
      if (idempotency === undefined) throw new Error(`${String(name)}: no CommandIdempotency`);
      const request = args[declared] as KeyableRequest;
      return idempotency.run(request, () => command.apply(this, args.slice(0, declared)));
    };
    for (const key of Reflect.getOwnMetadataKeys(handler)) {
      Reflect.defineMetadata(key, Reflect.getOwnMetadata(key, handler), keyed);
    }
    Reflect.defineMetadata(IDEMPOTENT_COMMAND, true, keyed);
    Object.defineProperty(keyed, 'name', { value: handler.name });
    descriptor.value = keyed as typeof descriptor.value;
    return descriptor;
  };
}

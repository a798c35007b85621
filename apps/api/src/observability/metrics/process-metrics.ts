import { Registry, collectDefaultMetrics } from 'prom-client';

let shared: Registry | undefined;

/**
 * prom-client's process metrics (CPU, memory, heap, event-loop lag, handles, GC, file
 * descriptors): one registry for the process, started on first use, however many applications
 * the process builds (the event-loop monitor and GC observer run for as long as the process).
 */
export function processMetrics(): Registry {
  if (!shared) {
    shared = new Registry();
    collectDefaultMetrics({ register: shared });
  }
  return shared;
}

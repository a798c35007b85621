import type { handleUnaryCall } from '@grpc/grpc-js';
import type { EmulatorContext } from './emulator-context';
import type { Empty } from './proto';
import { SupportedMethod, SupportedMethods } from './proto';

/** The release that goes with client 6.x. */
export const EMULATED_SERVER_VERSION = '23.10.0';
const STREAMS_SERVICE = 'event_store.client.streams.streams';

/**
 * `ServerFeatures/GetSupportedMethods`: the client asks once, lazily, before its first append,
 * and uses BatchAppend for every append without per-call credentials when it is advertised.
 * Names are lowercased as a real server sends them.
 */
export function serverFeaturesHandler(
  context: EmulatorContext,
): handleUnaryCall<Empty, SupportedMethods> {
  return (_call, callback) => {
    context.counts.serverFeatures += 1;
    const methods = ['read', 'append', ...(context.advertiseBatchAppend ? ['batchappend'] : [])];
    const supported = new SupportedMethods().setEventStoreServerVersion(EMULATED_SERVER_VERSION);
    for (const method of methods) {
      supported.addMethods(
        new SupportedMethod().setServiceName(STREAMS_SERVICE).setMethodName(method),
      );
    }
    callback(null, supported);
  };
}

import type { handleServerStreamingCall, ServerWritableStream } from '@grpc/grpc-js';
import type { EmulatorContext } from './emulator-context';
import type { EmulatorLog } from './emulator-log';
import { emulatorFault, invalidArgument, InvalidRequest } from './grpc-errors';
import { selectAllEvents, selectStreamEvents } from './log-queries';
import type { ReadReq, ReadResp } from './proto';
import { parseReadRequest, type ReadRequest } from './read-request';
import { eventResponse, streamNotFoundResponse } from './read-response';
import { Subscription } from './subscription';
import { allFeed, streamFeed } from './subscription-feeds';

type Call = ServerWritableStream<ReadReq, ReadResp>;

/** `Streams/Read` (server-streaming): stream and `$all` reads, and both kinds of subscription. */
export function readHandler(
  context: EmulatorContext,
): handleServerStreamingCall<ReadReq, ReadResp> {
  return (call: Call) => {
    context.counts.read += 1;
    try {
      serve(context, call, parseReadRequest(call.request));
    } catch (error) {
      const invalid = error instanceof InvalidRequest;
      if (!invalid) context.reportFault(error);
      call.emit('error', invalid ? invalidArgument(error.message) : emulatorFault(error));
    }
  };
}

function serve(context: EmulatorContext, call: Call, request: ReadRequest): void {
  const { log } = context;
  switch (request.kind) {
    case 'stream-read':
      return writeAll(call, streamRead(log, request));
    case 'all-read': {
      const { from, direction, count, filter, uuidFormat } = request;
      const matches = filter === undefined ? () => true : filter.matches;
      const events = selectAllEvents(log.allEvents(), from, direction, count, matches);
      return writeAll(
        call,
        events.map((event) => eventResponse(event, uuidFormat)),
      );
    }
    case 'stream-subscription': {
      const { streamName, from, uuidFormat } = request;
      return new Subscription(call, context, streamFeed(log, streamName, from, uuidFormat)).start();
    }
    case 'all-subscription': {
      const { from, filter, uuidFormat } = request;
      return new Subscription(call, context, allFeed(log, from, filter, uuidFormat)).start();
    }
  }
}

/** A stream that was never written answers in-band with `stream_not_found`, then closes OK. */
function streamRead(log: EmulatorLog, request: ReadRequest & { kind: 'stream-read' }): ReadResp[] {
  const events = log.streamEvents(request.streamName);
  if (events === undefined) return [streamNotFoundResponse(request.streamName)];
  return selectStreamEvents(events, request.from, request.direction, request.count).map((event) =>
    eventResponse(event, request.uuidFormat),
  );
}

/** Reads are snapshots: everything is queued on the call (grpc-js buffers), then OK. */
function writeAll(call: Call, messages: readonly ReadResp[]): void {
  for (const message of messages) call.write(message);
  call.end();
}

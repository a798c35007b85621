import type { handleServerStreamingCall, ServerWritableStream } from '@grpc/grpc-js';
import type { EmulatorContext } from './emulator-context';
import type { EmulatorLog } from './emulator-log';
import { emulatorFault, invalidArgument, InvalidRequest, streamDeleted } from './grpc-errors';
import { resolveEntry, type ResolvedEntry } from './links';
import { selectAllEvents, selectStreamEvents } from './log-queries';
import type { ReadReq, ReadResp } from './proto';
import { parseReadRequest, type ReadRequest } from './read-request';
import { entryResponse, streamNotFoundResponse } from './read-response';
import type { RecordedEvent } from './recorded-event';
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
      return streamRead(log, call, request);
    case 'all-read': {
      const { from, direction, count, filter, uuidFormat, resolveLinks } = request;
      const matches = filter === undefined ? () => true : filter.matches;
      const events = selectAllEvents(log.allEvents(), from, direction, count, matches);
      const entry = entryOf(log, resolveLinks);
      return writeAll(
        call,
        events.map((event) => entryResponse(entry(event), uuidFormat)),
      );
    }
    case 'stream-subscription': {
      const { streamName, from, uuidFormat, resolveLinks } = request;
      const feed = streamFeed(log, streamName, from, uuidFormat, entryOf(log, resolveLinks));
      return new Subscription(call, context, feed).start();
    }
    case 'all-subscription': {
      const { from, filter, uuidFormat, resolveLinks } = request;
      const feed = allFeed(log, from, filter, uuidFormat, entryOf(log, resolveLinks));
      return new Subscription(call, context, feed).start();
    }
  }
}

/**
 * A stream that was never written, or was soft-deleted, answers in-band with `stream_not_found`
 * and closes OK; a tombstoned one fails the call with StreamDeleted. The stream's metadata
 * (`$tb`, `$maxCount`, `$maxAge`) hides events from the read.
 */
function streamRead(
  log: EmulatorLog,
  call: Call,
  request: ReadRequest & { kind: 'stream-read' },
): void {
  const view = log.view(request.streamName);
  if (view.kind === 'tombstoned') return void call.emit('error', streamDeleted(request.streamName));
  if (view.kind === 'not_found')
    return writeAll(call, [streamNotFoundResponse(request.streamName)]);
  const { from, direction, count, uuidFormat, resolveLinks } = request;
  const entry = entryOf(log, resolveLinks);
  const events = selectStreamEvents(view.events, from, direction, count, view.visible);
  writeAll(
    call,
    events.map((event) => entryResponse(entry(event), uuidFormat)),
  );
}

/** How a read turns an event of the log into what it sends, links resolved when asked. */
export function entryOf(
  log: EmulatorLog,
  resolveLinks: boolean,
): (event: RecordedEvent) => ResolvedEntry {
  return (event) =>
    resolveEntry(event, resolveLinks, (target) =>
      log.readableEvent(target.streamName, target.revision),
    );
}

/** Reads are snapshots: everything is queued on the call (grpc-js buffers), then OK. */
function writeAll(call: Call, messages: readonly ReadResp[]): void {
  for (const message of messages) call.write(message);
  call.end();
}

import { parseFilter, type EventFilter } from './event-filter';
import { InvalidRequest } from './grpc-errors';
import type { AllStart, Direction, StreamStart } from './log-queries';
import { ReadReq } from './proto';
import type { UuidFormat } from './uuid';
import { decodeStreamName, parseUint64 } from './wire-decoding';

/** The four kinds of `Streams/Read` the emulator serves. */
export type ReadRequest =
  | {
      readonly kind: 'stream-read';
      readonly streamName: string;
      readonly from: StreamStart;
      readonly direction: Direction;
      readonly count: bigint;
      readonly uuidFormat: UuidFormat;
      readonly resolveLinks: boolean;
    }
  | {
      readonly kind: 'all-read';
      readonly from: AllStart;
      readonly direction: Direction;
      readonly count: bigint;
      readonly filter: EventFilter | undefined;
      readonly uuidFormat: UuidFormat;
      readonly resolveLinks: boolean;
    }
  | {
      readonly kind: 'stream-subscription';
      readonly streamName: string;
      readonly from: StreamStart;
      readonly uuidFormat: UuidFormat;
      readonly resolveLinks: boolean;
    }
  | {
      readonly kind: 'all-subscription';
      readonly from: AllStart;
      readonly filter: EventFilter | undefined;
      readonly uuidFormat: UuidFormat;
      readonly resolveLinks: boolean;
    };

const Options = ReadReq.Options;

/** Decodes a read request; anything outside the supported kinds is an InvalidRequest. */
export function parseReadRequest(request: ReadReq): ReadRequest {
  const options = request.getOptions();
  if (options === undefined) throw new InvalidRequest('A read request needs options');
  const uuidFormat = uuidFormatOf(options);
  const resolveLinks = options.getResolveLinks();
  const direction: Direction =
    options.getReadDirection() === Options.ReadDirection.BACKWARDS ? 'backwards' : 'forwards';
  const filter = filterOf(options);
  const subscription = options.getCountOptionCase() === Options.CountOptionCase.SUBSCRIPTION;
  if (!subscription && options.getCountOptionCase() !== Options.CountOptionCase.COUNT) {
    throw new InvalidRequest('A read request needs a count or a subscription');
  }
  if (subscription && direction === 'backwards') {
    throw new InvalidRequest('Subscriptions can only go forwards');
  }
  const stream = options.getStream();
  const all = options.getAll();
  if (stream !== undefined) {
    if (filter !== undefined) throw new InvalidRequest('Filters apply to $all only');
    const streamName = decodeStreamName(stream.getStreamIdentifier());
    const from = streamStartOf(stream);
    return subscription
      ? { kind: 'stream-subscription', streamName, from, uuidFormat, resolveLinks }
      : {
          kind: 'stream-read',
          streamName,
          from,
          direction,
          count: countOf(options),
          uuidFormat,
          resolveLinks,
        };
  }
  if (all !== undefined) {
    const from = allStartOf(all);
    return subscription
      ? { kind: 'all-subscription', from, filter, uuidFormat, resolveLinks }
      : {
          kind: 'all-read',
          from,
          direction,
          count: countOf(options),
          filter,
          uuidFormat,
          resolveLinks,
        };
  }
  throw new InvalidRequest('A read request needs a stream or $all');
}

function countOf(options: ReadReq.Options): bigint {
  return parseUint64(options.getCount(), 'count');
}

function uuidFormatOf(options: ReadReq.Options): UuidFormat {
  const uuidOption = options.getUuidOption();
  return uuidOption?.hasStructured() === true ? 'structured' : 'string';
}

function filterOf(options: ReadReq.Options): EventFilter | undefined {
  const filter = options.getFilter();
  return filter === undefined ? undefined : parseFilter(filter);
}

function streamStartOf(stream: ReadReq.Options.StreamOptions): StreamStart {
  const Case = Options.StreamOptions.RevisionOptionCase;
  switch (stream.getRevisionOptionCase()) {
    case Case.START:
      return 'start';
    case Case.END:
      return 'end';
    case Case.REVISION:
      return parseUint64(stream.getRevision(), 'revision');
    default:
      throw new InvalidRequest('A stream read needs a revision, start or end');
  }
}

function allStartOf(all: ReadReq.Options.AllOptions): AllStart {
  const Case = Options.AllOptions.AllOptionCase;
  switch (all.getAllOptionCase()) {
    case Case.START:
      return 'start';
    case Case.END:
      return 'end';
    case Case.POSITION: {
      const position = all.getPosition();
      const commit = parseUint64(position?.getCommitPosition() ?? '', 'commit_position');
      const prepare = parseUint64(position?.getPreparePosition() ?? '', 'prepare_position');
      if (commit < prepare) throw new InvalidRequest('The commit position is before the prepare');
      return { commit, prepare };
    }
    default:
      throw new InvalidRequest('An $all read needs a position, start or end');
  }
}

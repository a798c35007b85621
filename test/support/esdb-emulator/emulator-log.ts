import { randomUUID } from 'node:crypto';
import {
  decideAppend,
  decideDelete,
  type CurrentRevision,
  type ExpectedRevision,
  type StreamDeletion,
  type StreamIds,
} from './expected-revision';
import type { LogPosition, ProposedEvent, RecordedEvent } from './recorded-event';
import { positionOf } from './recorded-event';
import {
  DELETED_STREAM,
  METADATA_EVENT_TYPE,
  TOMBSTONE_EVENT_TYPE,
  deletedMetadata,
  isMetastream,
  isSoftDeleted,
  metadataFor,
  metastreamOf,
  originalStreamOf,
  undeletedMetadata,
  visibility,
  type StreamMetadata,
} from './stream-metadata';
import { startupWrites, statsWrite, type SystemWrite } from './system-events';

export type AppendResult =
  | {
      readonly kind: 'success';
      readonly currentRevision: CurrentRevision;
      /** `$all` position of the last event of the batch; none when nothing was written. */
      readonly position: LogPosition | undefined;
    }
  | {
      readonly kind: 'wrong_expected_version';
      readonly currentRevision: CurrentRevision;
      readonly expected: ExpectedRevision;
    }
  | { readonly kind: 'stream_deleted' };

export type DeleteResult =
  | { readonly kind: 'success'; readonly position: LogPosition }
  | Exclude<AppendResult, { kind: 'success' }>;

/** A stream as reads see it. */
export type StreamView =
  | { readonly kind: 'tombstoned' }
  /** Never written, or soft-deleted: reads answer stream_not_found. */
  | { readonly kind: 'not_found' }
  | {
      readonly kind: 'found';
      /** Every event by revision (index == revision), truncated or not. */
      readonly events: readonly RecordedEvent[];
      /** Whether a read may return an event, by the stream's metadata. */
      readonly visible: (event: RecordedEvent) => boolean;
    };

export interface EmulatorLogOptions {
  /**
   * Write every append as a transaction closed by a commit record, as servers before 20.6 did
   * (and explicit transactions still do): its events then share the commit position of that
   * record and keep their own prepare positions, prepare < commit.
   */
  readonly commitRecords: boolean;
  /** Milliseconds since the Unix epoch: `created` of new events and `$maxAge`. */
  readonly clock: () => number;
  /** Write the startup system events, and a `$statsCollected` after every `statsEvery` writes. */
  readonly systemEvents: boolean;
  readonly statsEvery: number;
}

interface StreamRecord extends StreamIds {
  readonly events: RecordedEvent[];
  readonly ids: string[];
  readonly revisionOf: Map<string, bigint>;
  tombstoned: boolean;
}

/**
 * Positions start past zero and grow by a gap that depends on the record size, as log offsets
 * do in a real transaction file: unique, strictly increasing, never (0,0) for a real event.
 */
const FIRST_POSITION = 4_096n;
const RECORD_OVERHEAD = 128n;
const COMMIT_RECORD_SIZE = 64n;
const TICKS_PER_MILLISECOND = 10_000n;

/** The in-memory transaction log: every stream, `$all` in commit order, and append listeners. */
export class EmulatorLog {
  private all: RecordedEvent[] = [];
  private streams = new Map<string, StreamRecord>();
  private nextPosition = FIRST_POSITION;
  private clientWrites = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: EmulatorLogOptions) {
    this.seed();
  }

  append(
    streamName: string,
    expected: ExpectedRevision,
    proposed: readonly ProposedEvent[],
  ): AppendResult {
    const stream = this.streams.get(streamName) ?? emptyStream();
    const deletion = this.deletionOf(streamName, stream);
    const decision = decideAppend(
      { ...stream, ...deletion },
      expected,
      proposed.map((event) => event.id),
    );
    const current = currentRevisionOf(stream);
    switch (decision.kind) {
      case 'stream_deleted':
        return { kind: 'stream_deleted' };
      case 'wrong_expected_version':
        return { kind: 'wrong_expected_version', currentRevision: current, expected };
      case 'nothing':
        return { kind: 'success', currentRevision: current, position: undefined };
      case 'idempotent': {
        const last = stream.events[Number(decision.lastRevision)];
        return {
          kind: 'success',
          currentRevision: decision.lastRevision,
          position: last === undefined ? undefined : positionOf(last),
        };
      }
      case 'write': {
        const undeleteOriginal =
          isMetastream(streamName) && this.softDeleted(originalStreamOf(streamName));
        const result = this.write(streamName, proposed);
        // A write to a soft-deleted stream brings it back from the revision it got.
        if (deletion.softDeleted)
          this.undelete(streamName, current === 'no_stream' ? 0n : current + 1n);
        if (undeleteOriginal)
          this.undelete(
            originalStreamOf(streamName),
            this.nextRevision(originalStreamOf(streamName)),
          );
        this.afterClientWrite();
        return result;
      }
    }
  }

  /** Soft delete: `$tb` set to the deleted-stream marker in the stream's metadata. */
  deleteStream(streamName: string, expected: ExpectedRevision): DeleteResult {
    const stream = this.streams.get(streamName) ?? emptyStream();
    const refused = this.checkDelete(streamName, stream, expected);
    if (refused !== undefined) return refused;
    const metastream = this.streams.get(metastreamOf(streamName));
    if (stream.events.length === 0 && (metastream?.events.length ?? 0) === 0) {
      return { kind: 'wrong_expected_version', currentRevision: 'no_stream', expected };
    }
    const written = this.write(metastreamOf(streamName), [
      systemJson(METADATA_EVENT_TYPE, deletedMetadata()),
    ]);
    return { kind: 'success', position: written.position ?? zero() };
  }

  /** Hard delete: a tombstone in `$all`; the stream and its metastream refuse everything after. */
  tombstoneStream(streamName: string, expected: ExpectedRevision): DeleteResult {
    const stream = this.streams.get(streamName) ?? emptyStream();
    const refused = this.checkDelete(streamName, stream, expected);
    if (refused !== undefined) return refused;
    const tombstone = this.record(streamName, DELETED_STREAM, {
      ...systemJson(TOMBSTONE_EVENT_TYPE, new Uint8Array()),
      contentType: 'application/octet-stream',
    });
    this.all.push(tombstone);
    stream.tombstoned = true;
    this.streams.set(streamName, stream);
    this.notify();
    return { kind: 'success', position: positionOf(tombstone) };
  }

  /** A stream as a read sees it: deletion and metadata applied. */
  view(streamName: string): StreamView {
    const stream = this.streams.get(streamName);
    const original = isMetastream(streamName)
      ? this.streams.get(originalStreamOf(streamName))
      : undefined;
    if (stream?.tombstoned === true || original?.tombstoned === true) return { kind: 'tombstoned' };
    if (stream === undefined || stream.events.length === 0) return { kind: 'not_found' };
    const metadata = this.metadataOf(streamName);
    if (isSoftDeleted(metadata)) return { kind: 'not_found' };
    return {
      kind: 'found',
      events: stream.events,
      visible: visibility(stream.events.length, metadata, this.nowTicks()),
    };
  }

  /** The event at `revision` if a read of its stream may return it. */
  readableEvent(streamName: string, revision: bigint): RecordedEvent | undefined {
    const view = this.view(streamName);
    if (view.kind !== 'found') return undefined;
    const event = view.events[Number(revision)];
    return event !== undefined && view.visible(event) ? event : undefined;
  }

  /** Every event in `$all` order (ascending position). */
  allEvents(): readonly RecordedEvent[] {
    return this.all;
  }

  /** Calls `listener` after every write; returns the function that removes it. */
  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  reset(): void {
    this.all = [];
    this.streams = new Map();
    this.nextPosition = FIRST_POSITION;
    this.clientWrites = 0;
    this.seed();
  }

  private checkDelete(
    streamName: string,
    stream: StreamRecord,
    expected: ExpectedRevision,
  ): DeleteResult | undefined {
    const decision = decideDelete({ ...stream, ...this.deletionOf(streamName, stream) }, expected);
    if (decision.kind === 'stream_deleted') return { kind: 'stream_deleted' };
    if (decision.kind === 'wrong_expected_version') {
      return {
        kind: 'wrong_expected_version',
        currentRevision: currentRevisionOf(stream),
        expected,
      };
    }
    return undefined;
  }

  private deletionOf(streamName: string, stream: StreamRecord): StreamDeletion {
    const original = isMetastream(streamName)
      ? this.streams.get(originalStreamOf(streamName))
      : undefined;
    return {
      tombstoned: stream.tombstoned || original?.tombstoned === true,
      softDeleted: this.softDeleted(streamName),
    };
  }

  private softDeleted(streamName: string): boolean {
    return !isMetastream(streamName) && isSoftDeleted(this.metadataOf(streamName));
  }

  private metadataOf(streamName: string): StreamMetadata {
    return metadataFor(streamName, this.streams.get(metastreamOf(streamName))?.events);
  }

  private nextRevision(streamName: string): bigint {
    return BigInt(this.streams.get(streamName)?.events.length ?? 0);
  }

  private undelete(streamName: string, from: bigint): void {
    const metastream = this.streams.get(metastreamOf(streamName));
    const raw = metastream?.events.at(-1)?.data;
    this.write(metastreamOf(streamName), [
      systemJson(METADATA_EVENT_TYPE, undeletedMetadata(raw, from)),
    ]);
  }

  /** Appends without checks: the caller decided. Answers the last event's place. */
  private write(
    streamName: string,
    proposed: readonly ProposedEvent[],
  ): AppendResult & { kind: 'success' } {
    const stream = this.streams.get(streamName) ?? emptyStream();
    const first = stream.events.length;
    const records = proposed.map((event, index) =>
      this.record(streamName, BigInt(first + index), event),
    );
    const written = this.options.commitRecords ? this.commitTogether(records) : records;
    for (const event of written) {
      stream.events.push(event);
      stream.ids.push(event.id);
      if (!stream.revisionOf.has(event.id)) stream.revisionOf.set(event.id, event.revision);
    }
    this.all.push(...written);
    this.streams.set(streamName, stream);
    this.notify();
    const last = written.at(-1);
    return {
      kind: 'success',
      currentRevision: currentRevisionOf(stream),
      position: last === undefined ? undefined : positionOf(last),
    };
  }

  /** One record at the end of the log: commit == prepare, as an implicit commit has it. */
  private record(streamName: string, revision: bigint, event: ProposedEvent): RecordedEvent {
    const position = this.nextPosition;
    const created = this.nowTicks();
    const recorded = {
      ...event,
      streamName,
      revision,
      commit: position,
      prepare: position,
      created,
    };
    this.nextPosition += RECORD_OVERHEAD + BigInt(recordSize(recorded));
    return recorded;
  }

  /** Closes the batch with a commit record: every event takes its position as commit. */
  private commitTogether(events: readonly RecordedEvent[]): RecordedEvent[] {
    const commit = this.nextPosition;
    this.nextPosition += COMMIT_RECORD_SIZE;
    return events.map((event) => ({ ...event, commit }));
  }

  private afterClientWrite(): void {
    this.clientWrites += 1;
    const { systemEvents, statsEvery } = this.options;
    if (systemEvents && statsEvery > 0 && this.clientWrites % statsEvery === 0) {
      this.systemWrite(statsWrite());
    }
  }

  private seed(): void {
    if (this.options.systemEvents) for (const write of startupWrites()) this.systemWrite(write);
  }

  private systemWrite(write: SystemWrite): void {
    this.write(write.streamName, write.events);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private nowTicks(): bigint {
    return BigInt(this.options.clock()) * TICKS_PER_MILLISECOND;
  }
}

function emptyStream(): StreamRecord {
  return { events: [], ids: [], revisionOf: new Map(), tombstoned: false };
}

function currentRevisionOf(stream: StreamRecord): CurrentRevision {
  return stream.events.length === 0 ? 'no_stream' : BigInt(stream.events.length - 1);
}

function systemJson(type: string, data: Uint8Array): ProposedEvent {
  return {
    id: randomUUID(),
    type,
    contentType: 'application/json',
    data,
    customMetadata: new Uint8Array(),
  };
}

const zero = (): LogPosition => ({ commit: 0n, prepare: 0n });

function recordSize(event: RecordedEvent): number {
  return (
    Buffer.byteLength(event.streamName) +
    Buffer.byteLength(event.type) +
    event.data.byteLength +
    event.customMetadata.byteLength
  );
}

import {
  decideAppend,
  type CurrentRevision,
  type ExpectedRevision,
  type StreamIds,
} from './expected-revision';
import type { ProposedEvent, RecordedEvent } from './recorded-event';

export type AppendResult =
  | {
      readonly kind: 'success';
      readonly currentRevision: CurrentRevision;
      /** `$all` position of the last event of the batch; none when nothing was written. */
      readonly position: bigint | undefined;
    }
  | {
      readonly kind: 'wrong_expected_version';
      readonly currentRevision: CurrentRevision;
      readonly expected: ExpectedRevision;
    };

interface StreamRecord extends StreamIds {
  readonly events: RecordedEvent[];
  readonly ids: string[];
  readonly revisionOf: Map<string, bigint>;
}

/**
 * Positions start past zero and grow by a gap that depends on the record size, as log offsets
 * do in a real transaction file: unique, strictly increasing, never (0,0) for a real event.
 */
const FIRST_POSITION = 4_096n;
const RECORD_OVERHEAD = 128n;
const TICKS_PER_MILLISECOND = 10_000n;

/** The in-memory transaction log: every stream, `$all` in commit order, and append listeners. */
export class EmulatorLog {
  private all: RecordedEvent[] = [];
  private streams = new Map<string, StreamRecord>();
  private nextPosition = FIRST_POSITION;
  private readonly listeners = new Set<() => void>();

  append(
    streamName: string,
    expected: ExpectedRevision,
    proposed: readonly ProposedEvent[],
  ): AppendResult {
    const stream = this.streams.get(streamName) ?? emptyStream();
    const decision = decideAppend(
      stream,
      expected,
      proposed.map((event) => event.id),
    );
    const current = currentRevisionOf(stream);
    switch (decision.kind) {
      case 'wrong_expected_version':
        return { kind: 'wrong_expected_version', currentRevision: current, expected };
      case 'nothing':
        return { kind: 'success', currentRevision: current, position: undefined };
      case 'idempotent': {
        const last = stream.events[Number(decision.lastRevision)];
        return {
          kind: 'success',
          currentRevision: decision.lastRevision,
          position: last?.position,
        };
      }
      case 'write':
        return this.write(streamName, stream, proposed);
    }
  }

  /** The stream's events by revision, or undefined if it was never written. */
  streamEvents(streamName: string): readonly RecordedEvent[] | undefined {
    return this.streams.get(streamName)?.events;
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
  }

  private write(
    streamName: string,
    stream: StreamRecord,
    proposed: readonly ProposedEvent[],
  ): AppendResult {
    const created = BigInt(Date.now()) * TICKS_PER_MILLISECOND;
    let last: RecordedEvent | undefined;
    for (const event of proposed) {
      const revision = BigInt(stream.events.length);
      last = { ...event, streamName, revision, position: this.nextPosition, created };
      this.nextPosition += RECORD_OVERHEAD + BigInt(recordSize(last));
      stream.events.push(last);
      stream.ids.push(event.id);
      if (!stream.revisionOf.has(event.id)) stream.revisionOf.set(event.id, revision);
      this.all.push(last);
    }
    this.streams.set(streamName, stream);
    for (const listener of [...this.listeners]) listener();
    return {
      kind: 'success',
      currentRevision: currentRevisionOf(stream),
      position: last?.position,
    };
  }
}

function emptyStream(): StreamRecord {
  return { events: [], ids: [], revisionOf: new Map() };
}

function currentRevisionOf(stream: StreamRecord): CurrentRevision {
  return stream.events.length === 0 ? 'no_stream' : BigInt(stream.events.length - 1);
}

function recordSize(event: RecordedEvent): number {
  return (
    Buffer.byteLength(event.streamName) +
    Buffer.byteLength(event.type) +
    event.data.byteLength +
    event.customMetadata.byteLength
  );
}

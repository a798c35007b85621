import {
  accidentStream,
  cadreStream,
  caseStream,
  departmentStream,
  dutyStream,
  isCaseEventType,
  postStream,
} from '@dutyledger/domain';
import {
  type EventStore,
  type RecordedEvent,
  StreamNotFoundError,
  type UpcasterRegistry,
} from '@dutyledger/event-store';

/** What a stream is to the case: its own, or one of the streams its grounds and subjects rest on. */
export type CaseStreamKind = 'case' | 'department' | 'duty' | 'accident' | 'post' | 'cadre';

export interface CaseRecordStream {
  stream: string;
  kind: CaseStreamKind;
  /** Every stored event of the stream, from revision 0, exactly as stored (not upcast). */
  events: RecordedEvent[];
}

/** A case and everything it rests on, as the store holds it now. */
export interface CaseRecord {
  caseId: string;
  /** The case stream first, then the others in the order the case names them. */
  streams: CaseRecordStream[];
}

interface Named {
  stream: string;
  kind: CaseStreamKind;
}

const text = (data: Record<string, unknown>, field: string): string | undefined => {
  const value = data[field];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The streams a case rests on, from its own events: the opening department, the cited failures'
 * duty streams and posts, the accident, and each subject's post (appointment record) and cadre.
 */
export function streamsRestedOn(caseEvents: readonly RecordedEvent[]): Named[] {
  const named: Named[] = [];
  const add = (kind: CaseStreamKind, id: string | undefined, stream: (id: string) => string) => {
    if (id === undefined) return;
    const name = stream(id);
    if (!named.some((entry) => entry.stream === name)) named.push({ stream: name, kind });
  };
  for (const { type, data } of caseEvents) {
    if (!isCaseEventType(type)) continue;
    if (type === 'CaseOpened')
      add('department', text(data, 'openedByDepartmentId'), departmentStream);
    if (type === 'FailureCited') {
      add('duty', text(data, 'dutyId'), dutyStream);
      add('post', text(data, 'postId'), postStream);
    }
    if (type === 'AccidentCited') add('accident', text(data, 'accidentId'), accidentStream);
    if (type === 'CaseSubjectNamed') {
      add('post', text(data, 'postId'), postStream);
      add('cadre', text(data, 'cadreId'), cadreStream);
    }
  }
  return named;
}

async function readWhole(store: EventStore, stream: string): Promise<RecordedEvent[]> {
  try {
    return await store.readStream(stream);
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
}

/**
 * Reads a case and the streams it rests on, whole and as stored; undefined when the case does
 * not exist. `upcasters` lift the case's own events before their ids are read.
 */
export async function readCaseRecord(
  store: EventStore,
  upcasters: UpcasterRegistry,
  caseId: string,
): Promise<CaseRecord | undefined> {
  const own = await readWhole(store, caseStream(caseId));
  if (own.length === 0) return undefined;
  const others = streamsRestedOn(own.map((event) => upcasters.upcast(event)));
  const streams = await Promise.all(
    others.map(async ({ stream, kind }) => ({
      stream,
      kind,
      events: await readWhole(store, stream),
    })),
  );
  const restingOn = streams.filter((entry) => entry.events.length > 0);
  return {
    caseId,
    streams: [{ stream: caseStream(caseId), kind: 'case', events: own }, ...restingOn],
  };
}

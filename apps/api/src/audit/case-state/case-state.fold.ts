import {
  type CasePolicy,
  type DomainEvent,
  type JurisdictionCalendar,
  accidentDecider,
  businessInstant,
  cadreDecider,
  createCaseDecider,
  departmentDecider,
  dutyDecider,
  postDecider,
} from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import { type EventDecoder, type Evolving, foldStream } from '@dutyledger/ledger';
import type { CaseRecord, CaseStreamKind } from '@dutyledger/wiring';

/**
 * Where the past is cut (`asOf` a date-time with its zone, or a date: the end of that day in the
 * jurisdiction's calendar):
 * - `business`: the events whose business time (`occurredAt`) is at or before `asOf`: what had
 *   happened by then, including facts the system only learnt later (organisation events carry
 *   their effective date, so a post counts as established from the day it was);
 * - `recorded`: the events recorded at or before `asOf`: what the system knew then;
 * - `revision`: the case stream up to `revision`, and the other streams up to the global position
 *   of that case event: what the system knew when the case stood at that revision.
 */
export type AsOfCut =
  { by: 'business' | 'recorded'; asOf: string } | { by: 'revision'; revision: bigint };

export interface StreamAsOf {
  stream: string;
  kind: CaseStreamKind;
  state: unknown;
  /** The ids of the events folded, in the order they were folded. */
  eventIds: string[];
}

export interface CaseAsOf {
  caseId: string;
  cut: { by: AsOfCut['by']; asOf: string | null; revision: string | null; position: string | null };
  /** The case state, folded by the case decider that handles commands. */
  state: unknown;
  eventIds: string[];
  restsOn: StreamAsOf[];
}

type Fold = (events: readonly RecordedEvent[], codec: EventDecoder) => unknown;

/** The decider's own evolve over stored events, folded as the command side folds them. */
function folding<E extends DomainEvent, S>(decider: Evolving<E, S>): Fold {
  return (events, codec) => foldStream(decider, events, codec);
}

/** How the auditor's fold reads the record: the case policy and the jurisdiction's calendar. */
export interface AuditReading {
  policy: CasePolicy;
  calendar: JurisdictionCalendar;
}

function folds(policy: CasePolicy): Record<CaseStreamKind, Fold> {
  return {
    case: folding(createCaseDecider(policy)),
    department: folding(departmentDecider),
    duty: folding(dutyDecider),
    accident: folding(accidentDecider),
    post: folding(postDecider),
    cadre: folding(cadreDecider),
  };
}

/** The revision cut as a global position: that of the case event at `revision`. */
export function positionOfRevision(record: CaseRecord, revision: bigint): bigint | undefined {
  return record.streams[0]?.events.find((event) => event.revision === revision)?.position;
}

function included(cut: AsOfCut, limit: bigint | undefined): (event: RecordedEvent) => boolean {
  if (cut.by === 'revision') return (event) => limit !== undefined && event.position <= limit;
  const until = businessInstant(cut.asOf);
  const timeOf = (event: RecordedEvent) =>
    cut.by === 'business' ? event.metadata.occurredAt : event.metadata.recordedAt;
  return (event) => businessInstant(timeOf(event)) <= until;
}

/**
 * Folds every stream of the record under the same cut. Each stream is folded in its own order
 * (revision order), skipping the events the cut leaves out: with a business-time cut a stream's
 * business times need not increase (a failure recorded weeks after it happened comes after
 * events that happened later), so an event is skipped on its own time, not by stopping at the
 * first later one. Events are upcast to their current schema and checked as they are folded. A date-only `asOf`
 * is the end of that day in the jurisdiction's calendar (what had happened by the day's close).
 */
export function foldCaseAsOf(
  record: CaseRecord,
  asked: AsOfCut,
  codec: EventDecoder,
  reading: AuditReading,
): CaseAsOf {
  const cut: AsOfCut =
    asked.by === 'revision' ? asked : { ...asked, asOf: reading.calendar.asOf(asked.asOf) };
  const limit = cut.by === 'revision' ? positionOfRevision(record, cut.revision) : undefined;
  const keep = included(cut, limit);
  const foldOf = folds(reading.policy);
  const [own, ...others] = record.streams.map(({ stream, kind, events }) => {
    const used = events.filter(keep);
    return {
      stream,
      kind,
      state: foldOf[kind](used, codec),
      eventIds: used.map((event) => event.id),
    };
  });
  return {
    caseId: record.caseId,
    cut: {
      by: cut.by,
      asOf: cut.by === 'revision' ? null : cut.asOf,
      revision: cut.by === 'revision' ? cut.revision.toString() : null,
      position: limit === undefined ? null : limit.toString(),
    },
    state: own?.state,
    eventIds: own?.eventIds ?? [],
    restsOn: others,
  };
}

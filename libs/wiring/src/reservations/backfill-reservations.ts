import { randomUUID } from 'node:crypto';
import {
  type ReservationNamespace,
  caseStream,
  cadreStream,
  dutyStream,
  reservationStream,
} from '@dutyledger/domain';
import {
  type EventStore,
  type RecordedEvent,
  StreamNotFoundError,
  type UpcasterRegistry,
  WrongExpectedRevisionError,
} from '@dutyledger/event-store';

/** One value to reserve for its holder, as the api reserves it before the holder records it. */
interface Claim {
  namespace: ReservationNamespace;
  value: string;
  holderId: string;
  holderStream: string;
}

interface OpenCase {
  subjects: string[];
  grounds: string[];
  closed: boolean;
}

export interface BackfillResult {
  eventsRead: number;
  /** Reservations written now. */
  reserved: number;
  /** Values already reserved (by the api, or an earlier backfill). */
  alreadyReserved: number;
}

const PAGE = 1000;

/** The values the log already holds that must be unique, each with its holder. */
function claimsOf(events: readonly RecordedEvent[], cases: Map<string, OpenCase>): Claim[] {
  const claims: Claim[] = [];
  const child = (id: unknown, parentStream: string) =>
    claims.push({
      namespace: 'child-id',
      value: String(id),
      holderId: parentStream,
      holderStream: parentStream,
    });
  for (const { type, data } of events) {
    const caseOf = (): OpenCase => {
      const caseId = String(data.caseId);
      const known = cases.get(caseId) ?? { subjects: [], grounds: [], closed: false };
      cases.set(caseId, known);
      return known;
    };
    switch (type) {
      case 'CadreRegistered':
        claims.push({
          namespace: 'personnel-number',
          value: String(data.personnelNumber).toUpperCase(),
          holderId: String(data.cadreId),
          holderStream: cadreStream(String(data.cadreId)),
        });
        break;
      case 'FailureToPerformRecorded':
        child(data.failureId, dutyStream(String(data.dutyId)));
        break;
      case 'DutyPerformanceRecorded':
        child(data.performanceId, dutyStream(String(data.dutyId)));
        break;
      case 'EvidenceAttached':
        child(data.evidenceId, caseStream(String(data.caseId)));
        break;
      case 'SanctionDecided':
        child(data.sanctionId, caseStream(String(data.caseId)));
        break;
      case 'AppealFiled':
        child(data.appealId, caseStream(String(data.caseId)));
        break;
      case 'CaseSubjectNamed':
        caseOf().subjects.push(String(data.cadreId));
        break;
      case 'FailureCited':
        caseOf().grounds.push(String(data.failureId));
        break;
      case 'AccidentCited':
        caseOf().grounds.push(String(data.accidentId));
        break;
      case 'CaseClosed':
        caseOf().closed = true;
        break;
      case 'CaseReopened':
        caseOf().closed = false;
        break;
      default:
        break;
    }
  }
  return claims;
}

function groundClaims(cases: Map<string, OpenCase>): Claim[] {
  return [...cases].flatMap(([caseId, open]) =>
    open.closed
      ? []
      : open.grounds.flatMap((ground) =>
          open.subjects.map((cadreId) => ({
            namespace: 'case-grounds' as const,
            value: `${ground}.${cadreId}`,
            holderId: caseId,
            holderStream: caseStream(caseId),
          })),
        ),
  );
}

/**
 * Writes the reservations of values recorded before the api reserved them (docs/domain.md,
 * "Identity"): personnel numbers, caller-chosen child ids, and the grounds of open cases. A value
 * already reserved is left as it is, so the backfill can run any number of times, also beside
 * the api. Run once after upgrading a store written by an earlier version.
 */
export async function backfillReservations(
  store: EventStore,
  upcasters: UpcasterRegistry,
  onProgress: (eventsRead: number) => void = () => undefined,
): Promise<BackfillResult> {
  const cases = new Map<string, OpenCase>();
  const claims: Claim[] = [];
  let from = 1n;
  let eventsRead = 0;
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: PAGE });
    claims.push(
      ...claimsOf(
        page.map((event) => upcasters.upcast(event)),
        cases,
      ),
    );
    eventsRead += page.length;
    onProgress(eventsRead);
    const last = page.at(-1);
    if (last === undefined || page.length < PAGE) break;
    from = last.position + 1n;
  }
  claims.push(...groundClaims(cases));
  let reserved = 0;
  let alreadyReserved = 0;
  for (const claim of claims) {
    const stream = reservationStream(claim.namespace, claim.value);
    if (await exists(store, stream)) {
      alreadyReserved += 1;
      continue;
    }
    const occurredAt = new Date().toISOString();
    try {
      await store.append(
        stream,
        [
          {
            id: randomUUID(),
            type: 'ValueReserved',
            schemaVersion: 1,
            data: { ...claim, previousHolderId: null, occurredAt },
            metadata: {
              actor: { id: 'reservations-backfill', role: 'ADMIN' },
              correlationId: randomUUID(),
              causationId: randomUUID(),
              occurredAt,
              recordedAt: occurredAt,
            },
          },
        ],
        'no_stream',
      );
      reserved += 1;
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      alreadyReserved += 1; // reserved meanwhile (by the api): that reservation stands
    }
  }
  return { eventsRead, reserved, alreadyReserved };
}

async function exists(store: EventStore, stream: string): Promise<boolean> {
  try {
    return (await store.readStream(stream, { maxCount: 1 })).length > 0;
  } catch (error) {
    if (error instanceof StreamNotFoundError) return false;
    throw error;
  }
}

import { decidedAt, spec } from '../testing/decider-spec';
import type { ReserveValue } from './reservation.commands';
import {
  RESERVATION_ERRORS,
  RESERVATION_STALE_AFTER_MS,
  reservationDecider,
  reservationStream,
} from './reservation.decider';
import type { ReservationNamespace, ValueReserved } from './reservation.events';

const RESERVED_AT = '2026-01-15T09:00:00.000Z';
/** A clock that many milliseconds after the first reservation. */
const later = (ms: number) => decidedAt(new Date(Date.parse(RESERVED_AT) + ms).toISOString());

const reserve = (
  holderId: string,
  overrides: Partial<ReserveValue['data']> = {},
): ReserveValue => ({
  type: 'ReserveValue',
  data: {
    namespace: 'personnel-number',
    value: 'P-2019-0042',
    holderId,
    holderStream: `cadre-${holderId}`,
    currentHolderHoldsIt: false,
    ...overrides,
  },
});

const reserved = (
  holderId: string,
  occurredAt = RESERVED_AT,
  previousHolderId: string | null = null,
  namespace: ReservationNamespace = 'personnel-number',
): ValueReserved => ({
  type: 'ValueReserved',
  data: {
    namespace,
    value: 'P-2019-0042',
    holderId,
    holderStream: `cadre-${holderId}`,
    previousHolderId,
    occurredAt,
  },
});

describe('reservation decider: a value belongs to one holder', () => {
  it('reserves a value nobody holds, at the server’s time', () => {
    spec(reservationDecider)
      .given([])
      .when(reserve('cadre-1'))
      .then([reserved('cadre-1')]);
  });

  it('appends nothing when the same holder reserves again (a retried request)', () => {
    spec(reservationDecider, later(1_000))
      .given([reserved('cadre-1')])
      .when(reserve('cadre-1', { currentHolderHoldsIt: true }))
      .then([]);
  });

  it.each([
    ['personnel-number', RESERVATION_ERRORS.PERSONNEL_NUMBER_TAKEN],
    ['child-id', RESERVATION_ERRORS.ID_ALREADY_USED],
    ['case-grounds', RESERVATION_ERRORS.DUPLICATE_OPEN_CASE],
  ] as const)(
    'refuses another holder while the current one holds a %s, naming the holder (%s)',
    (namespace, code) => {
      spec(reservationDecider, later(10 * RESERVATION_STALE_AFTER_MS))
        .given([reserved('cadre-1', RESERVED_AT, null, namespace)])
        .when(reserve('cadre-2', { namespace, currentHolderHoldsIt: true }))
        .thenRejects(code, /cadre-1/);
    },
  );

  it('refuses another holder while the first has not yet used its fresh reservation', () => {
    spec(reservationDecider, later(RESERVATION_STALE_AFTER_MS - 1))
      .given([reserved('cadre-1')])
      .when(reserve('cadre-2'))
      .thenRejects(RESERVATION_ERRORS.RESERVATION_IN_PROGRESS, /cadre-1/);
  });

  it('lets another holder take over at once a value its holder let go (a closed case)', () => {
    const takenAt = later(1000);
    spec(reservationDecider, takenAt)
      .given([reserved('case-1', RESERVED_AT, null, 'case-grounds')])
      .when(
        reserve('case-2', {
          namespace: 'case-grounds',
          currentHolderHoldsIt: false,
          currentHolderReleasedIt: true,
        }),
      )
      .then([reserved('case-2', takenAt.now.toISOString(), 'case-1', 'case-grounds')]);
  });

  it('lets another holder take over a reservation not held after a minute', () => {
    // its holder never appended its own events, or no longer holds the value (a closed case)
    const takenAt = later(RESERVATION_STALE_AFTER_MS);
    spec(reservationDecider, takenAt)
      .given([reserved('cadre-1')])
      .when(reserve('cadre-2'))
      .then([reserved('cadre-2', takenAt.now.toISOString(), 'cadre-1')]);
  });
});

describe('reservation streams', () => {
  it('names one stream per namespace and value, in category-id form', () => {
    expect([
      reservationStream('personnel-number', 'P-2019-0042'),
      reservationStream('child-id', 'failure-7'),
      reservationStream('case-grounds', 'accident-1:cadre-1'),
    ]).toEqual([
      'personnelnumber-P-2019-0042',
      'childid-failure-7',
      'casegrounds-accident-1:cadre-1',
    ]);
  });
});

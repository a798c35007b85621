import { BUSINESS_TIME_IN_FUTURE } from '../shared/business-time';
import { BUSINESS_TIME_INVALID } from '../shared/jurisdiction-calendar';
import { spec } from '../testing/decider-spec';
import type { ReportAccident, UpdateAccidentCasualties } from './accident.commands';
import { accidentDecider } from './accident.decider';
import { ACCIDENT_ERRORS } from './accident.errors';
import type { AccidentEvent, AccidentReported } from './accident.events';

const report = (overrides: Partial<ReportAccident['data']> = {}): ReportAccident => ({
  type: 'ReportAccident',
  data: {
    accidentId: 'acc-1',
    departmentId: 'dep-town',
    industry: 'construction',
    occurredAt: '2026-01-10T14:20:00+08:00',
    description: 'Scaffold collapse at the Eastport site',
    deaths: 2,
    seriousInjuries: 4,
    directLossYuan: 3_200_000,
    ...overrides,
  },
});

/** 14:20 Beijing time on 10 January 2026, stored in canonical UTC. */
const OCCURRED_AT = '2026-01-10T06:20:00.000Z';

const accidentReported: AccidentReported = {
  type: 'AccidentReported',
  data: { ...report().data, occurredAt: OCCURRED_AT, grade: 'GENERAL' },
};

const casualtiesUpdated = (occurredAt: string) =>
  ({
    type: 'AccidentCasualtiesUpdated',
    data: {
      accidentId: 'acc-1',
      deaths: 3,
      seriousInjuries: 4,
      directLossYuan: 3_200_000,
      grade: 'LARGER',
      previousGrade: 'GENERAL',
      reason: 'one seriously injured worker died in hospital',
      occurredAt,
    },
  }) as const;

const update = (
  overrides: Partial<UpdateAccidentCasualties['data']> = {},
): UpdateAccidentCasualties => ({
  type: 'UpdateAccidentCasualties',
  data: {
    accidentId: 'acc-1',
    deaths: 3,
    seriousInjuries: 4,
    directLossYuan: 3_200_000,
    reason: 'one seriously injured worker died in hospital',
    ...overrides,
  },
});

describe('accident decider: reporting', () => {
  it('reports an accident with the grade derived from its figures, at its time in canonical UTC', () => {
    spec(accidentDecider).given([]).when(report()).then([accidentReported]);
  });

  it('derives the grade rather than taking one', () => {
    spec(accidentDecider)
      .given([])
      .when(report({ seriousInjuries: 12 }))
      .then([
        {
          ...accidentReported,
          data: { ...accidentReported.data, seriousInjuries: 12, grade: 'LARGER' },
        },
      ]);
  });

  it('rejects reporting the same accident twice', () => {
    spec(accidentDecider)
      .given([accidentReported])
      .when(report())
      .thenRejects(ACCIDENT_ERRORS.ACCIDENT_ALREADY_REPORTED);
  });

  it.each<[string, Partial<ReportAccident['data']>]>([
    ['negative deaths', { deaths: -1 }],
    ['negative serious injuries', { seriousInjuries: -3 }],
    ['a negative direct loss', { directLossYuan: -0.01 }],
    ['a fraction of a death', { deaths: 1.5 }],
    ['a direct loss that is not a number', { directLossYuan: Number.NaN }],
  ])('rejects %s', (_figure, overrides) => {
    spec(accidentDecider)
      .given([])
      .when(report(overrides))
      .thenRejects(ACCIDENT_ERRORS.ACCIDENT_FIGURES_INVALID);
  });

  it('rejects an accident reported for the future, beyond 5 minutes of clock skew', () => {
    spec(accidentDecider)
      .given([])
      .when(report({ occurredAt: '2026-01-15T17:05:01+08:00' }))
      .thenRejects(ACCIDENT_ERRORS.ACCIDENT_IN_FUTURE);
    spec(accidentDecider)
      .given([])
      .when(report({ occurredAt: '2026-01-15T17:04:59+08:00' }))
      .then([expect.objectContaining({ type: 'AccidentReported' }) as AccidentEvent]);
  });

  it('rejects an accident time that is not an ISO-8601 time', () => {
    spec(accidentDecider)
      .given([])
      .when(report({ occurredAt: 'yesterday' }))
      .thenRejects(BUSINESS_TIME_INVALID);
  });

  it('reads an accident date alone as the start of that day in Beijing time', () => {
    spec(accidentDecider)
      .given([])
      .when(report({ occurredAt: '2026-01-10' }))
      .then([
        {
          ...accidentReported,
          data: { ...accidentReported.data, occurredAt: '2026-01-09T16:00:00.000Z' },
        },
      ]);
  });
});

describe('accident decider: updating casualties', () => {
  it('re-derives the grade from the updated figures and keeps the previous one, revised now', () => {
    spec(accidentDecider)
      .given([accidentReported])
      .when(update())
      .then([casualtiesUpdated('2026-01-15T09:00:00.000Z')]);
  });

  it('dates the revision when the caller says it was made', () => {
    spec(accidentDecider)
      .given([accidentReported])
      .when(update({ occurredAt: '2026-01-12T18:00:00+08:00' }))
      .then([casualtiesUpdated('2026-01-12T10:00:00.000Z')]);
  });

  it('accepts a revision at the instant of the accident', () => {
    spec(accidentDecider)
      .given([accidentReported])
      .when(update({ occurredAt: OCCURRED_AT }))
      .then([casualtiesUpdated(OCCURRED_AT)]);
  });

  it('rejects a revision dated before the accident happened', () => {
    spec(accidentDecider)
      .given([accidentReported])
      .when(update({ occurredAt: '2026-01-10T14:19:59+08:00' }))
      .thenRejects(ACCIDENT_ERRORS.CASUALTY_UPDATE_BEFORE_ACCIDENT);
  });

  it('rejects a revision dated in the future', () => {
    spec(accidentDecider)
      .given([accidentReported])
      .when(update({ occurredAt: '2026-01-16' }))
      .thenRejects(BUSINESS_TIME_IN_FUTURE);
  });

  it('rejects updating an accident that was never reported', () => {
    spec(accidentDecider).given([]).when(update()).thenRejects(ACCIDENT_ERRORS.ACCIDENT_NOT_FOUND);
  });

  it('rejects negative updated figures', () => {
    spec(accidentDecider)
      .given([accidentReported])
      .when(update({ seriousInjuries: -1 }))
      .thenRejects(ACCIDENT_ERRORS.ACCIDENT_FIGURES_INVALID);
  });

  it('rejects an update that does not say why', () => {
    spec(accidentDecider)
      .given([accidentReported])
      .when(update({ reason: '' }))
      .thenRejects(ACCIDENT_ERRORS.CASUALTY_UPDATE_REASON_REQUIRED);
  });

  it('rejects an update that changes no figure', () => {
    spec(accidentDecider)
      .given([accidentReported])
      .when(update({ deaths: 2 }))
      .thenRejects(ACCIDENT_ERRORS.ACCIDENT_CASUALTIES_UNCHANGED);
  });
});

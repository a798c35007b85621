import { spec } from '../testing/decider-spec';
import type { ReportAccident, UpdateAccidentCasualties } from './accident.commands';
import { accidentDecider } from './accident.decider';
import { ACCIDENT_ERRORS } from './accident.errors';
import type { AccidentReported } from './accident.events';

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

const accidentReported: AccidentReported = {
  type: 'AccidentReported',
  data: { ...report().data, grade: 'GENERAL' },
};

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
  it('reports an accident with the grade derived from its figures', () => {
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

  it('rejects an accident reported for the future', () => {
    spec(accidentDecider)
      .given([])
      .when(report({ occurredAt: '2026-01-15T17:00:01+08:00' }))
      .thenRejects(ACCIDENT_ERRORS.ACCIDENT_IN_FUTURE);
  });

  it('rejects an accident time that is not an ISO-8601 time', () => {
    spec(accidentDecider)
      .given([])
      .when(report({ occurredAt: 'yesterday' }))
      .thenRejects(ACCIDENT_ERRORS.ACCIDENT_TIME_INVALID);
  });
});

describe('accident decider: updating casualties', () => {
  it('re-derives the grade from the updated figures and keeps the previous one', () => {
    spec(accidentDecider)
      .given([accidentReported])
      .when(update())
      .then([
        {
          type: 'AccidentCasualtiesUpdated',
          data: {
            accidentId: 'acc-1',
            deaths: 3,
            seriousInjuries: 4,
            directLossYuan: 3_200_000,
            grade: 'LARGER',
            previousGrade: 'GENERAL',
            reason: 'one seriously injured worker died in hospital',
            occurredAt: '2026-01-15T09:00:00.000Z',
          },
        },
      ]);
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

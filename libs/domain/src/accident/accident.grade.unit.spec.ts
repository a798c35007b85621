import type { AccidentFigures } from './accident.commands';
import type { AccidentGrade } from './accident.events';
import { accidentGrade } from './accident.grade';

const figures = (overrides: Partial<AccidentFigures>): AccidentFigures => ({
  deaths: 0,
  seriousInjuries: 0,
  directLossYuan: 0,
  ...overrides,
});

describe('accidentGrade', () => {
  it.each<[number, AccidentGrade]>([
    [0, 'GENERAL'],
    [2, 'GENERAL'],
    [3, 'LARGER'],
    [9, 'LARGER'],
    [10, 'SERIOUS'],
    [29, 'SERIOUS'],
    [30, 'ESPECIALLY_SERIOUS'],
  ])('grades %i deaths as %s', (deaths, grade) => {
    expect(accidentGrade(figures({ deaths }))).toBe(grade);
  });

  it.each<[number, AccidentGrade]>([
    [9, 'GENERAL'],
    [10, 'LARGER'],
    [49, 'LARGER'],
    [50, 'SERIOUS'],
    [99, 'SERIOUS'],
    [100, 'ESPECIALLY_SERIOUS'],
  ])('grades %i serious injuries as %s', (seriousInjuries, grade) => {
    expect(accidentGrade(figures({ seriousInjuries }))).toBe(grade);
  });

  it.each<[number, AccidentGrade]>([
    [9_999_999.99, 'GENERAL'],
    [10_000_000, 'LARGER'],
    [49_999_999.99, 'LARGER'],
    [50_000_000, 'SERIOUS'],
    [99_999_999.99, 'SERIOUS'],
    [100_000_000, 'ESPECIALLY_SERIOUS'],
  ])('grades a direct loss of %d yuan as %s', (directLossYuan, grade) => {
    expect(accidentGrade(figures({ directLossYuan }))).toBe(grade);
  });

  it.each<[Partial<AccidentFigures>, AccidentGrade]>([
    [{ deaths: 2, seriousInjuries: 9, directLossYuan: 9_999_999 }, 'GENERAL'],
    [{ deaths: 1, seriousInjuries: 50, directLossYuan: 1_000 }, 'SERIOUS'],
    [{ deaths: 3, seriousInjuries: 0, directLossYuan: 100_000_000 }, 'ESPECIALLY_SERIOUS'],
    [{ deaths: 30, seriousInjuries: 10, directLossYuan: 10_000_000 }, 'ESPECIALLY_SERIOUS'],
    [{ deaths: 9, seriousInjuries: 49, directLossYuan: 49_999_999 }, 'LARGER'],
    [{ deaths: 0, seriousInjuries: 10, directLossYuan: 50_000_000 }, 'SERIOUS'],
  ])('lets the most severe criterion met win: %j is %s', (mixed, grade) => {
    expect(accidentGrade(figures(mixed))).toBe(grade);
  });
});

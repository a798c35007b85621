import {
  type ComplianceCounts,
  type ComplianceWeights,
  DEFAULT_COMPLIANCE_WEIGHTS,
  complianceIndicators,
  complianceScore,
  complianceWeights,
} from './compliance-score';

const figures = (overrides: Partial<ComplianceCounts> = {}): ComplianceCounts => ({
  dutiesDue: 0,
  dutiesPerformed: 0,
  dutiesFailed: { NONE: 0, MINOR: 0, SERIOUS: 0 },
  scopeItems: 0,
  coveredItems: 0,
  accidents: { ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 0, GENERAL: 0 },
  casesOpened: 0,
  casesClosed: 0,
  ...overrides,
});

/** 10 periods due, 8 performed, one minor failure, 3 of 4 items covered, a larger accident, 1 of 2 cases closed. */
const troubled = figures({
  dutiesDue: 10,
  dutiesPerformed: 8,
  dutiesFailed: { NONE: 0, MINOR: 1, SERIOUS: 0 },
  scopeItems: 4,
  coveredItems: 3,
  accidents: { ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 1, GENERAL: 0 },
  casesOpened: 2,
  casesClosed: 1,
});

describe('compliance indicators', () => {
  it('are all 1 when nothing was due, nothing failed and nothing happened', () => {
    expect(complianceIndicators(figures())).toEqual({
      performanceRate: 1,
      coverageRate: 1,
      failureIndicator: 1,
      accidentIndicator: 1,
      caseResolution: 1,
    });
  });

  it('measure performed of due, covered of scope, weighted failures and accidents, closed of opened', () => {
    expect(complianceIndicators(troubled)).toEqual({
      performanceRate: 0.8,
      coverageRate: 0.75,
      failureIndicator: 0.8,
      accidentIndicator: 0.7,
      caseResolution: 0.5,
    });
  });

  it('never leave [0, 1]: more performed than due, and a serious accident', () => {
    const indicators = complianceIndicators(
      figures({
        dutiesDue: 2,
        dutiesPerformed: 3,
        dutiesFailed: { NONE: 0, MINOR: 0, SERIOUS: 2 },
        accidents: { ESPECIALLY_SERIOUS: 0, SERIOUS: 1, LARGER: 0, GENERAL: 0 },
      }),
    );
    expect(indicators).toMatchObject({
      performanceRate: 1,
      failureIndicator: 0,
      accidentIndicator: 0,
    });
  });

  it('weigh a failure by its adverse effect and an accident by its grade', () => {
    const one = (effect: 'NONE' | 'MINOR' | 'SERIOUS') =>
      complianceIndicators(
        figures({ dutiesDue: 20, dutiesFailed: { NONE: 0, MINOR: 0, SERIOUS: 0, [effect]: 1 } }),
      ).failureIndicator;
    expect([one('NONE'), one('MINOR'), one('SERIOUS')]).toEqual([0.95, 0.9, 0.8]);
    const general = figures({
      accidents: { ESPECIALLY_SERIOUS: 0, SERIOUS: 0, LARGER: 0, GENERAL: 2 },
    });
    expect(complianceIndicators(general).accidentIndicator).toBe(0.8);
  });
});

describe('compliance score', () => {
  it('is 100 when every indicator is at its best, whatever the weights', () => {
    const best = complianceIndicators(figures());
    expect(complianceScore(best, DEFAULT_COMPLIANCE_WEIGHTS)).toBe(100);
    expect(complianceScore(best, { ...DEFAULT_COMPLIANCE_WEIGHTS, cases: 7 })).toBe(100);
  });

  it('weighs the indicators with the default weights (0.35, 0.25, 0.15, 0.15, 0.10)', () => {
    // 0.35*0.8 + 0.25*0.75 + 0.15*0.8 + 0.15*0.7 + 0.10*0.5 = 0.7425
    expect(complianceScore(complianceIndicators(troubled), DEFAULT_COMPLIANCE_WEIGHTS)).toBe(74.3);
  });

  it('follows custom weights, normalised by their sum', () => {
    const indicators = complianceIndicators(troubled);
    const onlyPerformance: ComplianceWeights = {
      performance: 2,
      coverage: 0,
      failures: 0,
      accidents: 0,
      cases: 0,
    };
    expect(complianceScore(indicators, onlyPerformance)).toBe(80);
    const accidentsAndCases: ComplianceWeights = { ...onlyPerformance, performance: 0 };
    expect(complianceScore(indicators, { ...accidentsAndCases, accidents: 1, cases: 1 })).toBe(60);
  });

  it('refuses weights that add up to nothing', () => {
    const none: ComplianceWeights = {
      performance: 0,
      coverage: 0,
      failures: 0,
      accidents: 0,
      cases: 0,
    };
    expect(() => complianceScore(complianceIndicators(troubled), none)).toThrow(
      'compliance weights must add up to more than 0',
    );
  });
});

describe('compliance weights', () => {
  it('keep the defaults for any weight not given', () => {
    expect(complianceWeights()).toEqual(DEFAULT_COMPLIANCE_WEIGHTS);
    expect(complianceWeights({ cases: 0, coverage: 1 })).toEqual({
      ...DEFAULT_COMPLIANCE_WEIGHTS,
      cases: 0,
      coverage: 1,
    });
  });

  it('refuse a negative weight, and weights that add up to nothing', () => {
    expect(() => complianceWeights({ cases: -1 })).toThrow('from 0 upwards');
    const none = { performance: 0, coverage: 0, failures: 0, accidents: 0, cases: 0 };
    expect(() => complianceWeights(none)).toThrow('add up to more than 0');
  });
});

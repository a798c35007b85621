import { DomainError } from '../shared/domain-error';
import { calendarFor, DEFAULT_TIME_ZONE } from '../shared/jurisdiction-calendar';
import type {
  EligibilityFacts,
  OpenCaseFact,
  SafetyAssessmentFact,
  SanctionFact,
} from './appointment-eligibility';
import { appointmentEligibility } from './appointment-eligibility';
import type { EligibilityPolicy } from './sanction-influence';
import {
  DEFAULT_ELIGIBILITY_POLICY,
  DEFAULT_INFLUENCE,
  eligibilityPolicy,
} from './sanction-influence';

const beijing = calendarFor(DEFAULT_TIME_ZONE);

const none: EligibilityFacts = { openCases: [], sanctions: [], assessments: [] };
const openCase = (overrides: Partial<OpenCaseFact> = {}): OpenCaseFact => ({
  caseId: 'case-1',
  openedAt: '2026-01-05T09:00:00.000Z',
  closedAt: null,
  sourceEventIds: ['ev-case-opened', 'ev-subject-named'],
  ...overrides,
});
const sanction = (overrides: Partial<SanctionFact> = {}): SanctionFact => ({
  sanctionId: 'sanction-1',
  caseId: 'case-1',
  sanction: 'ADMONISHMENT_TALK',
  effectiveFrom: '2026-01-23T09:00:00.000Z',
  endedAt: null,
  sourceEventIds: ['ev-sanction-decided', 'ev-case-decided'],
  ...overrides,
});
const assessment = (overrides: Partial<SafetyAssessmentFact> = {}): SafetyAssessmentFact => ({
  year: 2025,
  grade: 'INCOMPETENT',
  recordedAt: '2026-02-10T00:00:00.000Z',
  sourceEventIds: ['ev-assessment-2025'],
  ...overrides,
});
const check = (
  asOf: string,
  facts: Partial<EligibilityFacts>,
  policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY,
) => appointmentEligibility(asOf, { ...none, ...facts }, policy, beijing);
const reasons = (
  asOf: string,
  facts: Partial<EligibilityFacts>,
  policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY,
) => check(asOf, facts, policy).blocks.map((block) => block.reason);

describe('appointmentEligibility', () => {
  it('finds a cadre with nothing on record eligible', () => {
    expect(check('2026-03-01', {})).toEqual({ eligible: true, blocks: [] });
  });

  describe('open cases', () => {
    it('blocks while an open case names the cadre, citing its events', () => {
      const result = check('2026-03-01', { openCases: [openCase()] });
      expect(result.eligible).toBe(false);
      expect(result.blocks).toEqual([
        {
          reason: 'OPEN_CASE',
          detail: 'Named in accountability case case-1, open since 2026-01-05T09:00:00.000Z',
          sourceEventIds: ['ev-case-opened', 'ev-subject-named'],
        },
      ]);
    });

    it('stops blocking when the case is closed', () => {
      const closed = openCase({ closedAt: '2026-02-25T09:00:00.000Z' });
      expect(reasons('2026-02-25T09:00:00.000Z', { openCases: [closed] })).toEqual([]);
      expect(reasons('2026-02-25T08:59:59.999Z', { openCases: [closed] })).toEqual(['OPEN_CASE']);
    });

    it('does not block before the case was opened', () => {
      expect(reasons('2026-01-05T08:59:59.999Z', { openCases: [openCase()] })).toEqual([]);
    });
  });

  describe('sanction influence periods', () => {
    it('blocks for 6 months after an admonishment talk, until the period ends', () => {
      const result = check('2026-03-01', { sanctions: [sanction()] });
      expect(result.blocks).toEqual([
        {
          reason: 'SANCTION_INFLUENCE_PERIOD',
          detail:
            'ADMONISHMENT_TALK in case case-1 influences appointment for 6 months from 2026-01-23T09:00:00.000Z',
          until: '2026-07-23T09:00:00.000Z',
          sourceEventIds: ['ev-sanction-decided', 'ev-case-decided'],
        },
      ]);
    });

    it('blocks at the first instant and lifts at the last instant of the period', () => {
      const facts = { sanctions: [sanction()] };
      expect(reasons('2026-01-23T08:59:59.999Z', facts)).toEqual([]);
      expect(reasons('2026-01-23T09:00:00.000Z', facts)).toEqual(['SANCTION_INFLUENCE_PERIOD']);
      expect(reasons('2026-07-23T08:59:59.999Z', facts)).toEqual(['SANCTION_INFLUENCE_PERIOD']);
      expect(reasons('2026-07-23T09:00:00.000Z', facts)).toEqual([]);
    });

    it.each([
      ['WRITTEN_SELF_EXAMINATION', '2026-07-23T09:00:00.000Z'],
      ['CIRCULATED_CRITICISM', '2026-07-23T09:00:00.000Z'],
      ['PUBLIC_APOLOGY', '2026-07-23T09:00:00.000Z'],
      ['SUSPENSION', '2027-01-23T09:00:00.000Z'],
      ['RESIGNATION_TO_TAKE_BLAME', '2027-01-23T09:00:00.000Z'],
      ['ORDERED_RESIGNATION', '2027-01-23T09:00:00.000Z'],
      ['REMOVAL_FROM_OFFICE', '2027-01-23T09:00:00.000Z'],
      ['DEMOTION', '2028-01-23T09:00:00.000Z'],
      ['WARNING', '2026-07-23T09:00:00.000Z'],
      ['DEMERIT', '2027-01-23T09:00:00.000Z'],
      ['MAJOR_DEMERIT', '2027-07-23T09:00:00.000Z'],
      ['DISMISSAL_FROM_POST', '2028-01-23T09:00:00.000Z'],
    ] as const)('blocks after %s until %s by default', (kind, until) => {
      const result = check('2026-02-01', { sanctions: [sanction({ sanction: kind })] });
      expect(result.blocks.map((block) => block.until)).toEqual([until]);
    });

    it('blocks permanently after EXPULSION: a block with no end', () => {
      const expelled = { sanctions: [sanction({ sanction: 'EXPULSION' })] };
      expect(check('2026-02-01', expelled).blocks).toEqual([
        {
          reason: 'SANCTION_INFLUENCE_PERIOD',
          detail:
            'EXPULSION in case case-1 influences appointment permanently from 2026-01-23T09:00:00.000Z',
          sourceEventIds: ['ev-sanction-decided', 'ev-case-decided'],
        },
      ]);
      expect(reasons('2076-01-23', expelled)).toEqual(['SANCTION_INFLUENCE_PERIOD']);
    });

    it.each(['REFERRAL_TO_DISCIPLINE_INSPECTION', 'REFERRAL_TO_JUDICIAL_ORGANS'] as const)(
      'does not block for %s, which hands the matter on and is no measure',
      (referral) => {
        expect(check('2026-02-01', { sanctions: [sanction({ sanction: referral })] })).toEqual({
          eligible: true,
          blocks: [],
        });
      },
    );

    it('counts months in the jurisdiction’s calendar, keeping the local wall time', () => {
      // 00:30 on 1 October 2025 Beijing time + 6 months: 00:30 on 1 April 2026 Beijing time
      // (UTC months would end it on 30 March).
      const result = check('2026-02-01', {
        sanctions: [sanction({ effectiveFrom: '2025-09-30T16:30:00.000Z' })],
      });
      expect(result.blocks.map((block) => block.until)).toEqual(['2026-03-31T16:30:00.000Z']);
    });

    it('ends a six-month period on the last day of a shorter month', () => {
      const result = check('2026-02-27', {
        sanctions: [sanction({ effectiveFrom: '2025-08-31T10:00:00.000Z' })],
      });
      expect(result.blocks.map((block) => block.until)).toEqual(['2026-02-28T10:00:00.000Z']);
    });

    it('does not block once the sanction was revoked on appeal, but did before', () => {
      const revoked = sanction({ endedAt: '2026-02-10T09:00:00.000Z' });
      expect(reasons('2026-02-10T09:00:00.000Z', { sanctions: [revoked] })).toEqual([]);
      expect(reasons('2026-02-09T00:00:00.000Z', { sanctions: [revoked] })).toEqual([
        'SANCTION_INFLUENCE_PERIOD',
      ]);
    });

    it('uses the influence periods the policy configures', () => {
      const policy = eligibilityPolicy({ ADMONISHMENT_TALK: 3, CIRCULATED_CRITICISM: 0 });
      const facts = {
        ...none,
        sanctions: [sanction(), sanction({ sanctionId: 's-2', sanction: 'CIRCULATED_CRITICISM' })],
      };
      const result = check('2026-03-01', facts, policy);
      expect(result.blocks.map((block) => block.until)).toEqual(['2026-04-23T09:00:00.000Z']);
      expect(check('2026-05-01', facts, policy).eligible).toBe(true);
    });

    it('may make a measure block permanently by policy', () => {
      const policy = eligibilityPolicy({ DEMOTION: 'PERMANENT' });
      const demoted = { sanctions: [sanction({ sanction: 'DEMOTION' })] };
      expect(reasons('2046-01-01', demoted, policy)).toEqual(['SANCTION_INFLUENCE_PERIOD']);
      expect(reasons('2046-01-01', demoted)).toEqual([]);
    });

    it('refuses a policy with a period that is not whole months', () => {
      expect(() => eligibilityPolicy({ SUSPENSION: -1 })).toThrow(RangeError);
      expect(() => eligibilityPolicy({ SUSPENSION: 1.5 })).toThrow(RangeError);
    });

    it('documents a default for every measure, and none for referrals', () => {
      expect(DEFAULT_INFLUENCE).toEqual({
        ADMONISHMENT_TALK: 6,
        WRITTEN_SELF_EXAMINATION: 6,
        CIRCULATED_CRITICISM: 6,
        PUBLIC_APOLOGY: 6,
        SUSPENSION: 12,
        RESIGNATION_TO_TAKE_BLAME: 12,
        ORDERED_RESIGNATION: 12,
        REMOVAL_FROM_OFFICE: 12,
        DEMOTION: 24,
        WARNING: 6,
        DEMERIT: 12,
        MAJOR_DEMERIT: 18,
        DISMISSAL_FROM_POST: 24,
        EXPULSION: 'PERMANENT',
      });
      expect(eligibilityPolicy()).toEqual(DEFAULT_ELIGIBILITY_POLICY);
    });
  });

  describe('safety grade', () => {
    it('blocks when the latest safety grade is INCOMPETENT', () => {
      expect(check('2026-03-01', { assessments: [assessment()] }).blocks).toEqual([
        {
          reason: 'INCOMPETENT_GRADE',
          detail: 'The latest work-safety assessment (2025) graded the cadre INCOMPETENT',
          sourceEventIds: ['ev-assessment-2025'],
        },
      ]);
    });

    it('does not block when a later year was graded better', () => {
      const later = assessment({
        year: 2026,
        grade: 'COMPETENT',
        recordedAt: '2027-02-01',
        sourceEventIds: ['ev-2026'],
      });
      expect(reasons('2027-03-01', { assessments: [later, assessment()] })).toEqual([]);
    });

    it('takes the latest record of the same year', () => {
      const corrected = assessment({ grade: 'BASICALLY_COMPETENT', recordedAt: '2026-03-15' });
      for (const assessments of [
        [assessment(), corrected],
        [corrected, assessment()],
      ]) {
        expect(reasons('2026-03-01', { assessments })).toEqual(['INCOMPETENT_GRADE']);
        expect(reasons('2026-03-16', { assessments })).toEqual([]);
      }
    });

    it('ignores an assessment recorded after the date asked about', () => {
      expect(reasons('2026-02-09', { assessments: [assessment()] })).toEqual([]);
    });
  });

  it('lists several blocks at once, cases first, then sanctions by date, then the grade', () => {
    const result = check('2026-03-01T00:00:00+08:00', {
      openCases: [openCase({ caseId: 'case-2', sourceEventIds: ['ev-c2'] })],
      sanctions: [
        sanction({ sanctionId: 's-late', sanction: 'SUSPENSION', effectiveFrom: '2026-02-01' }),
        sanction(),
      ],
      assessments: [assessment()],
    });
    expect(result.eligible).toBe(false);
    expect(result.blocks.map((block) => [block.reason, block.sourceEventIds])).toEqual([
      ['OPEN_CASE', ['ev-c2']],
      ['SANCTION_INFLUENCE_PERIOD', ['ev-sanction-decided', 'ev-case-decided']],
      ['SANCTION_INFLUENCE_PERIOD', ['ev-sanction-decided', 'ev-case-decided']],
      ['INCOMPETENT_GRADE', ['ev-assessment-2025']],
    ]);
    expect(result.blocks.map((block) => block.until)).toEqual([
      undefined,
      '2026-07-23T09:00:00.000Z',
      '2027-02-01T00:00:00.000Z',
      undefined,
    ]);
  });

  it('rejects a date that is not ISO-8601 with a zone', () => {
    expect(() => check('2026-03-01T00:00:00', {})).toThrow(DomainError);
  });
});

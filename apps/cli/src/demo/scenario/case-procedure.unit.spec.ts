import {
  DEFAULT_ELIGIBILITY_POLICY,
  type EligibilityFacts,
  appointmentEligibility,
  isLighter,
  isMeasure,
} from '@dutyledger/domain';
import type { DemoCommand } from '../demo-command';
import {
  INVESTIGATOR,
  LOAD_DAYS,
  SHANGHAI,
  actionOf,
  chainsOf,
  commandsOf,
  eligibilityFacts,
  field,
  scenarioOn,
  targetOf,
  timeOf,
} from './scenario.fixtures';

const HEARING_RESPONSE_DAYS = 5;
const APPEAL_WINDOW_DAYS = 30;
const INVESTIGATION_DAYS = 60;

const endOfDayAfter = (at: number, days: number): number =>
  Date.parse(SHANGHAI.endOfDayAfter(new Date(at).toISOString(), days));

/** A case's commands: the opening, then each step in the order it is sent. */
const casesOn = (now: Date) => chainsOf(scenarioOn(now), 'accountability cases');

/** The steps of the current round: everything after the last reopening. */
function lastRound(chain: readonly DemoCommand[], upTo: number): readonly DemoCommand[] {
  const before = chain.slice(0, upTo);
  const reopened = before.map(actionOf).lastIndexOf('reopening');
  return before.slice(reopened + 1);
}

describe('the demo cases, step by step', () => {
  it.each(LOAD_DAYS)(
    'date every step of a case no earlier than the one before (load on %s)',
    (now) => {
      const cases = casesOn(now);
      expect(cases).toHaveLength(11);
      for (const chain of cases) {
        const times = chain.map(timeOf);
        expect({ case: chain[0]?.label, times }).toEqual({
          case: chain[0]?.label,
          times: [...times].sort((a, b) => a - b),
        });
        // over weeks and months, not all on one day
        expect(new Set(times.map((t) => Math.floor(t / 86_400_000))).size).toBeGreaterThanOrEqual(
          Math.min(chain.length, 3),
        );
      }
    },
  );

  it.each(LOAD_DAYS)('open each case after its grounds happened (load on %s)', (now) => {
    const commands = commandsOf(scenarioOn(now));
    for (const [open] of casesOn(now)) {
      if (open === undefined) throw new Error('an empty case chain');
      const failures = (open.body?.failures as { failureId: string }[]).map(({ failureId }) =>
        commands.find((c) => actionOf(c) === 'failures' && field(c, 'failureId') === failureId),
      );
      const accident = commands.find(
        (c) => c.path === '/accidents' && field(c, 'accidentId') === field(open, 'accidentId'),
      );
      const grounds = [...failures, accident].filter((c): c is DemoCommand => c !== undefined);
      expect(grounds.length).toBeGreaterThan(0);
      for (const ground of grounds) expect(timeOf(open)).toBeGreaterThanOrEqual(timeOf(ground));
    }
  });

  it.each(LOAD_DAYS)(
    'hear each subject before finding them responsible: a statement, or a notice whose response period passed (load on %s)',
    (now) => {
      const hearings = new Set<string>();
      for (const chain of casesOn(now)) {
        chain.forEach((command, index) => {
          if (actionOf(command) !== 'findings' || command.body?.responsible !== true) return;
          const cadreId = field(command, 'cadreId');
          const round = lastRound(chain, index).filter((c) => field(c, 'cadreId') === cadreId);
          const stated = round.some(
            (c) => actionOf(c) === 'statements' && timeOf(c) <= timeOf(command),
          );
          const lapsed = round.some(
            (c) =>
              actionOf(c) === 'hearing-notices' &&
              endOfDayAfter(timeOf(c), HEARING_RESPONSE_DAYS) < timeOf(command),
          );
          expect({ finding: command.label, heard: stated || lapsed }).toEqual({
            finding: command.label,
            heard: true,
          });
          hearings.add(stated ? 'STATEMENT' : 'NOTICE_UNANSWERED');
        });
      }
      expect([...hearings].sort()).toEqual(['NOTICE_UNANSWERED', 'STATEMENT']);
    },
  );

  it('keep investigation, decision and appeal apart: three supervisors, each in their part only', () => {
    const parts: Record<string, string[]> = {
      investigator: ['findings'],
      supervisor: ['sanctions', 'decision', 'closure', 'reopening'],
      appealBoard: ['appeal-decisions'],
    };
    for (const chain of casesOn(LOAD_DAYS[0] ?? new Date())) {
      for (const command of chain) {
        const allowed = parts[command.role];
        if (allowed !== undefined) expect(allowed).toContain(actionOf(command));
        else expect(Object.values(parts).flat()).not.toContain(actionOf(command));
        if (actionOf(command) === 'investigator') {
          expect(field(command, 'investigatorId')).toBe(INVESTIGATOR);
        }
      }
      const boardSteps = chain.filter((c) => c.role === 'appealBoard');
      expect(boardSteps.length).toBeLessThanOrEqual(1); // a board member who decided is a participant
    }
  });

  it.each(LOAD_DAYS)(
    'appeal and waive only within 30 days of the decision, and close inside that window only when every subject with a measure waived or appealed (load on %s)',
    (now) => {
      let closedInsideWindow = 0;
      for (const chain of casesOn(now)) {
        chain.forEach((command, index) => {
          const round = lastRound(chain, index);
          const decision = [...round].reverse().find((c) => actionOf(c) === 'decision');
          const action = actionOf(command);
          if (action === 'appeals' || action === 'appeal-waivers') {
            if (decision === undefined) throw new Error(`${command.label} before any decision`);
            expect(timeOf(command)).toBeLessThanOrEqual(
              endOfDayAfter(timeOf(decision), APPEAL_WINDOW_DAYS),
            );
            const earlier = round.filter(
              (c) =>
                ['appeals', 'appeal-waivers'].includes(actionOf(c)) &&
                field(c, 'cadreId') === field(command, 'cadreId'),
            );
            expect(earlier).toEqual([]); // once per decision
          }
          if (action !== 'closure' || decision === undefined) return;
          if (timeOf(command) > endOfDayAfter(timeOf(decision), APPEAL_WINDOW_DAYS)) return;
          closedInsideWindow += 1;
          const measured = round
            .filter((c) => actionOf(c) === 'sanctions' && isMeasure(field(c, 'sanction')))
            .map((c) => field(c, 'cadreId'));
          const answered = round
            .filter((c) => ['appeals', 'appeal-waivers'].includes(actionOf(c)))
            .map((c) => field(c, 'cadreId'));
          for (const cadreId of measured) expect(answered).toContain(cadreId);
          const pending =
            round.filter((c) => actionOf(c) === 'appeals').length >
            round.filter((c) => actionOf(c) === 'appeal-decisions').length;
          expect(pending).toBe(false);
        });
      }
      expect(closedInsideWindow).toBeGreaterThanOrEqual(2);
    },
  );

  it('decide appeals only by lightening or upholding a measure, never heavier', () => {
    const cases = casesOn(LOAD_DAYS[0] ?? new Date());
    const decisions = cases.flatMap((chain) =>
      chain
        .filter((c) => actionOf(c) === 'appeal-decisions')
        .map((decision) => {
          const appeal = chain.find(
            (c) =>
              actionOf(c) === 'appeals' && field(c, 'appealId') === field(decision, 'appealId'),
          );
          const measure = chain.find(
            (c) =>
              actionOf(c) === 'sanctions' &&
              field(c, 'cadreId') === field(appeal ?? decision, 'cadreId') &&
              isMeasure(field(c, 'sanction')),
          );
          return { appealed: field(measure ?? decision, 'sanction'), decision };
        }),
    );
    expect(decisions.length).toBeGreaterThan(0);
    for (const { appealed, decision } of decisions) {
      if (field(decision, 'outcome') !== 'SANCTION_CHANGED') continue;
      const changed = field(decision, 'changedSanction');
      expect(isMeasure(changed) && isMeasure(appealed) && isLighter(changed, appealed)).toBe(true);
    }
    expect(decisions.map(({ decision }) => field(decision, 'outcome'))).toContain(
      'SANCTION_CHANGED',
    );
  });

  it.each(LOAD_DAYS)(
    'extend a post-accident deadline only before it passed, and leave one case overdue (load on %s)',
    (now) => {
      const scenario = scenarioOn(now);
      const commands = commandsOf(scenario);
      const dueOf = (open: DemoCommand) => {
        const accident = commands.find(
          (c) => c.path === '/accidents' && field(c, 'accidentId') === field(open, 'accidentId'),
        );
        if (accident === undefined) throw new Error(`${open.label} cites no accident`);
        return endOfDayAfter(timeOf(accident), INVESTIGATION_DAYS);
      };
      const extended = casesOn(now).filter((chain) =>
        chain.some((c) => actionOf(c) === 'deadline-extensions'),
      );
      expect(extended.length).toBeGreaterThan(0);
      for (const [open, ...steps] of extended) {
        if (open === undefined) continue;
        for (const extension of steps.filter((c) => actionOf(c) === 'deadline-extensions')) {
          expect(timeOf(extension)).toBeLessThanOrEqual(dueOf(open));
        }
      }
      const overdue = casesOn(now).find(
        (chain) => chain[0]?.body?.caseId === scenario.overdueCaseId,
      );
      const [open, ...steps] = overdue ?? [];
      if (open === undefined) throw new Error('no overdue case');
      expect(dueOf(open)).toBeLessThan(now.getTime());
      expect(steps.map(actionOf)).not.toContain('decision');
      expect(steps.map(actionOf)).not.toContain('deadline-extensions');
    },
  );

  it('weighs circumstances in findings and uses measures of the full list, referrals beside a measure', () => {
    const commands = commandsOf(scenarioOn(LOAD_DAYS[0] ?? new Date()));
    const findings = commands.filter((c) => actionOf(c) === 'findings');
    expect(findings.some((c) => Array.isArray(c.body?.aggravating))).toBe(true);
    expect(findings.some((c) => Array.isArray(c.body?.mitigating))).toBe(true);
    const sanctions = commands.filter((c) => actionOf(c) === 'sanctions');
    const decided = sanctions.map((c) => field(c, 'sanction'));
    expect(decided).toEqual(
      expect.arrayContaining([
        'WARNING',
        'MAJOR_DEMERIT',
        'DISMISSAL_FROM_POST',
        'RESIGNATION_TO_TAKE_BLAME',
      ]),
    );
    for (const referral of sanctions.filter((c) => !isMeasure(field(c, 'sanction')))) {
      const beside = sanctions.filter(
        (c) =>
          targetOf(c) === targetOf(referral) &&
          field(c, 'cadreId') === field(referral, 'cadreId') &&
          isMeasure(field(c, 'sanction')),
      );
      expect(beside).toHaveLength(1);
    }
  });
});

describe('the demo appointments and the eligibility they rest on', () => {
  const eligibility = (facts: Map<string, EligibilityFacts>, cadreId: string, at: number) => {
    const known = facts.get(cadreId);
    if (known === undefined) throw new Error(`cadre ${cadreId} is not registered`);
    return appointmentEligibility(
      new Date(at).toISOString(),
      known,
      DEFAULT_ELIGIBILITY_POLICY,
      SHANGHAI,
    );
  };

  it.each(LOAD_DAYS)(
    'appoint only eligible cadres, and a blocked one only with an override that says why (load on %s)',
    (now) => {
      const commands = commandsOf(scenarioOn(now));
      const facts = eligibilityFacts(scenarioOn(now));
      const appointments = commands.filter((c) => actionOf(c) === 'appointments');
      const overridden = appointments.filter((c) => c.body?.eligibilityOverride !== undefined);
      expect(overridden).toHaveLength(1);
      for (const appointment of appointments) {
        const { eligible, blocks } = eligibility(
          facts,
          field(appointment, 'cadreId'),
          timeOf(appointment),
        );
        const override = appointment.body?.eligibilityOverride !== undefined;
        expect({ appointment: appointment.label, eligible }).toEqual({
          appointment: appointment.label,
          eligible: !override,
        });
        if (override) expect(blocks.map((b) => b.reason)).toEqual(['SANCTION_INFLUENCE_PERIOD']);
      }
      const late = chainsOf(scenarioOn(now), 'appointments that override').flat();
      expect(late.map((c) => c.label)).toEqual(overridden.map((c) => c.label));
    },
  );

  it.each(LOAD_DAYS)(
    "names a cadre blocked on the load's day, for the reason the summary gives (load on %s)",
    (now) => {
      const scenario = scenarioOn(now);
      const facts = eligibilityFacts(scenario);
      const { cadreId, reason } = scenario.blockedCadre;
      const { eligible, blocks } = eligibility(facts, cadreId, now.getTime());
      expect(eligible).toBe(false);
      expect(blocks.map((block) => block.reason)).toContain(reason);
    },
  );

  it('ends with a cadre whose latest grade is INCOMPETENT', () => {
    const now = LOAD_DAYS[0] ?? new Date();
    const facts = eligibilityFacts(scenarioOn(now));
    const incompetent = [...facts.keys()].filter((cadreId) =>
      eligibility(facts, cadreId, now.getTime()).blocks.some(
        (b) => b.reason === 'INCOMPETENT_GRADE',
      ),
    );
    expect(incompetent).toHaveLength(1);
  });
});

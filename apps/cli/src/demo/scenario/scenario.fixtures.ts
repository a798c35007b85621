import {
  type EligibilityFacts,
  type SafetyAssessmentFact,
  type Sanction,
  type SanctionFact,
  isMeasure,
  jurisdictionCalendar,
} from '@dutyledger/domain';
import type { DemoCommand } from '../demo-command';
import { type DemoScenario, demoScenario } from '.';

/**
 * Reading the scenario's commands back as the api would see them, for the specs that check the
 * history it tells: the same calendar as the api's default (Asia/Shanghai), instants of the
 * business times sent, the chains of one case or one duty.
 */

export const INVESTIGATOR = 'investigator-7';

/** Loads on days that move the window across month, quarter, year and leap-day boundaries. */
export const LOAD_DAYS = [
  new Date('2026-11-28T18:30:00Z'),
  new Date('2027-01-01T00:30:00Z'),
  new Date('2027-03-31T09:00:00Z'),
  new Date('2028-02-29T12:00:00Z'),
  new Date('2028-12-31T23:59:00Z'),
];

export const SHANGHAI = jurisdictionCalendar('Asia/Shanghai');

const scenarios = new Map<string, DemoScenario>();

/** The scenario of a load at `now` (built once per spec file: it is pure and read-only). */
export function scenarioOn(now: Date): DemoScenario {
  const key = now.toISOString();
  const known = scenarios.get(key);
  if (known !== undefined) return known;
  const scenario = demoScenario(now, { investigatorId: INVESTIGATOR });
  scenarios.set(key, scenario);
  return scenario;
}

export const commandsOf = (scenario: DemoScenario): DemoCommand[] =>
  scenario.phases.flatMap((phase) => phase.chains.flat());

const TIME_FIELDS = ['occurredAt', 'effectiveFrom', 'performedAt'] as const;

/** The business time a command states (a date alone is the start of that day in Shanghai). */
export function timeOf(command: DemoCommand): number {
  const known = instants.get(command);
  if (known !== undefined) return known;
  const field = TIME_FIELDS.find((name) => typeof command.body?.[name] === 'string');
  if (field === undefined) throw new Error(`${command.label} states no business time`);
  const instant = Date.parse(SHANGHAI.businessTime(String(command.body?.[field])));
  instants.set(command, instant);
  return instant;
}
const instants = new WeakMap<DemoCommand, number>();

/** A field of a command's body as a string ('' when absent). */
export const field = (command: DemoCommand, name: string): string => {
  const value = command.body?.[name];
  return typeof value === 'string' ? value : '';
};

/** The chains of the phase named `name`. */
export function chainsOf(scenario: DemoScenario, name: string): (readonly DemoCommand[])[] {
  const phase = scenario.phases.find((candidate) => candidate.name.startsWith(name));
  if (phase === undefined) throw new Error(`the scenario has no phase ${name}`);
  return [...phase.chains];
}

/** The last path segment of a command: what it does (`findings`, `appeal-decisions`, …). */
export const actionOf = (command: DemoCommand): string => command.path.split('/').pop() ?? '';

/** The id in the path of a command on one thing (`/cases/{id}/findings` → id). */
export const targetOf = (command: DemoCommand): string => command.path.split('/')[2] ?? '';

/** One holding of a post, as instants (until: Infinity while it lasts). */
export interface Holding {
  readonly postId: string;
  readonly cadreId: string;
  readonly from: number;
  readonly until: number;
}

const holdingsByScenario = new WeakMap<readonly DemoCommand[], Holding[]>();

/**
 * Every holding of a post, from the appointments and reliefs the scenario sends (all of them, the
 * late ones too): what really happened, whatever the order of the load.
 */
export function holdingsOf(commands: readonly DemoCommand[]): Holding[] {
  const known = holdingsByScenario.get(commands);
  if (known !== undefined) return known;
  const open = new Map<string, { cadreId: string; from: number }>();
  const holdings: Holding[] = [];
  for (const command of commands) {
    const postId = targetOf(command);
    if (actionOf(command) === 'appointments') {
      open.set(postId, { cadreId: field(command, 'cadreId'), from: timeOf(command) });
    }
    const current = open.get(postId);
    if (actionOf(command) === 'reliefs' && current?.cadreId === field(command, 'cadreId')) {
      holdings.push({ postId, ...current, until: timeOf(command) });
      open.delete(postId);
    }
  }
  for (const [postId, current] of open) holdings.push({ postId, ...current, until: Infinity });
  holdingsByScenario.set(commands, holdings);
  return holdings;
}

/** Who held a post at an instant, or null when it was vacant. */
export function holderAt(
  commands: readonly DemoCommand[],
  postId: string,
  at: number,
): string | null {
  const holding = holdingsOf(commands).find(
    (candidate) => candidate.postId === postId && candidate.from <= at && at < candidate.until,
  );
  return holding?.cadreId ?? null;
}

/**
 * The eligibility facts of every cadre as the whole history tells them (cases, measures as they
 * stand after appeals, assessments), in business time: what the api's cadre history holds once
 * everything is loaded.
 */
export function eligibilityFacts(scenario: DemoScenario): Map<string, EligibilityFacts> {
  const facts = new Map<string, EligibilityFacts>();
  const of = (cadreId: string): EligibilityFacts => {
    const known = facts.get(cadreId) ?? { openCases: [], sanctions: [], assessments: [] };
    facts.set(cadreId, known);
    return known;
  };
  const iso = (at: number) => new Date(at).toISOString();
  const commands = commandsOf(scenario);
  for (const cadre of commands.filter((c) => c.path === '/cadres')) of(field(cadre, 'cadreId'));
  for (const [open, ...steps] of chainsOf(scenario, 'accountability cases')) {
    if (open === undefined) continue;
    const caseId = field(open, 'caseId');
    const subjects = (open.body?.subjects as { cadreId: string }[]).map((s) => s.cadreId);
    const periods: { openedAt: number; closedAt: number | null }[] = [
      { openedAt: timeOf(open), closedAt: null },
    ];
    const decided: { cadreId: string; fact: SanctionFact }[] = [];
    let pending: { cadreId: string; fact: SanctionFact }[] = [];
    for (const command of steps) {
      const at = timeOf(command);
      const last = periods[periods.length - 1];
      switch (actionOf(command)) {
        case 'closure':
          if (last !== undefined) last.closedAt = at;
          break;
        case 'reopening':
          periods.push({ openedAt: at, closedAt: null });
          break;
        case 'sanctions':
          pending.push({
            cadreId: field(command, 'cadreId'),
            fact: {
              sanctionId: field(command, 'sanctionId'),
              caseId,
              sanction: field(command, 'sanction') as Sanction,
              effectiveFrom: '',
              endedAt: null,
              sourceEventIds: [],
            },
          });
          break;
        case 'decision':
          decided.push(
            ...pending.map(({ cadreId, fact }) => ({
              cadreId,
              fact: { ...fact, effectiveFrom: iso(at) },
            })),
          );
          pending = [];
          break;
        case 'appeal-decisions': {
          const appeal = steps.find(
            (c) => actionOf(c) === 'appeals' && field(c, 'appealId') === field(command, 'appealId'),
          );
          const measure = decided.find(
            ({ cadreId, fact }) =>
              cadreId === field(appeal ?? command, 'cadreId') && isMeasure(fact.sanction),
          );
          if (measure === undefined) throw new Error(`${command.label} decides no measure`);
          const outcome = field(command, 'outcome');
          if (outcome === 'SANCTION_CHANGED') {
            measure.fact = {
              ...measure.fact,
              sanction: field(command, 'changedSanction') as Sanction,
            };
          }
          if (outcome === 'SANCTION_REVOKED') measure.fact = { ...measure.fact, endedAt: iso(at) };
          break;
        }
      }
    }
    for (const cadreId of subjects) {
      const openCases = periods.map(({ openedAt, closedAt }) => ({
        caseId,
        openedAt: iso(openedAt),
        closedAt: closedAt === null ? null : iso(closedAt),
        sourceEventIds: [],
      }));
      const known = of(cadreId);
      facts.set(cadreId, { ...known, openCases: [...known.openCases, ...openCases] });
    }
    for (const { cadreId, fact } of decided) {
      const known = of(cadreId);
      facts.set(cadreId, { ...known, sanctions: [...known.sanctions, fact] });
    }
  }
  for (const command of commands.filter((c) => actionOf(c) === 'assessment')) {
    const [, , cadreId = '', , year] = command.path.split('/');
    const known = of(cadreId);
    const assessment: SafetyAssessmentFact = {
      year: Number(year),
      grade: field(command, 'grade') as SafetyAssessmentFact['grade'],
      recordedAt: iso(timeOf(command)),
      sourceEventIds: [],
    };
    facts.set(cadreId, { ...known, assessments: [...known.assessments, assessment] });
  }
  return facts;
}

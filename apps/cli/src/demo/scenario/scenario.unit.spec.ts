import { isBusinessTime } from '@dutyledger/domain';
import type { DemoCommand } from '../demo-command';
import { demoScenario } from '.';
import { DEMO_ACCIDENTS } from './accidents';
import { gradeOf } from './assessments';
import { DEMO_CASES, subjectOf } from './cases';
import { DEMO_FAILURES } from './failures';
import { DemoOrganisation } from './organisation';
import {
  INVESTIGATOR,
  LOAD_DAYS,
  SHANGHAI,
  actionOf,
  chainsOf,
  commandsOf,
  field,
  holderAt,
  holdingsOf,
  scenarioOn,
  targetOf,
  timeOf,
} from './scenario.fixtures';

const LOAD = LOAD_DAYS[0] ?? new Date();
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIME_FIELDS = ['occurredAt', 'performedAt', 'effectiveFrom'];

const commandsOn = (now: Date) => commandsOf(scenarioOn(now));
const options = { investigatorId: INVESTIGATOR };

/** The first command of `commands` doing `action` on (or creating) the thing `id`. */
function find(commands: readonly DemoCommand[], test: (c: DemoCommand) => boolean): DemoCommand {
  const found = commands.find(test);
  if (found === undefined) throw new Error('no such command in the scenario');
  return found;
}

describe('the demo scenario', () => {
  it('names departments, posts and cadres and writes its free text in Chinese, as a district enters them', () => {
    const commands = commandsOn(LOAD);
    const written = (path: RegExp, name: string) =>
      commands.filter((command) => path.test(command.path)).map((command) => field(command, name));
    const chinese = /^[^A-Za-z]*\p{Script=Han}[^A-Za-z]*$/u;
    const texts = {
      departments: written(/^\/departments$/, 'name'),
      posts: written(/^\/posts$/, 'title'),
      cadres: written(/^\/cadres$/, 'name'),
      accidents: written(/^\/accidents$/, 'description'),
      cases: written(/^\/cases$/, 'summary'),
      failures: written(/\/failures$/, 'description'),
      evidence: written(/\/evidence$/, 'description'),
      findings: written(/\/findings$/, 'reasoning'),
      reports: written(/\/annual-report$/, 'statement'),
    };
    for (const [kind, list] of Object.entries(texts)) {
      expect([kind, list.length > 0]).toEqual([kind, true]);
      expect([kind, list.filter((text) => !chinese.test(text))]).toEqual([kind, []]);
    }
    expect(texts.departments).toContain('滨江市人民政府');
    expect(texts.departments).toContain('城关街道办事处');
    expect(texts.posts).toEqual(expect.arrayContaining(['区长', '分管安全生产副区长', '市长']));
    expect(texts.cadres).toContain('王建国');
  });

  it('is the same for every load on the same UTC day', () => {
    const same = JSON.stringify(
      commandsOf(demoScenario(new Date('2026-11-28T00:00:01Z'), options)),
    );
    expect(same).toBe(JSON.stringify(commandsOn(LOAD)));
  });

  it('moves with the day of the load: two years that end on that day', () => {
    const next = commandsOf(demoScenario(new Date('2026-11-29T08:00:00Z'), options));
    expect(next.map((command) => command.label)).not.toEqual([]);
    expect(next).not.toEqual(commandsOn(LOAD));
    expect(scenarioOn(LOAD).anchorDay).toBe('2026-11-28');
  });

  it('labels every command once (each label is an Idempotency-Key)', () => {
    const labels = commandsOn(LOAD).map((command) => command.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.length).toBeGreaterThan(300);
    expect(labels.length).toBeLessThanOrEqual(1500);
  });

  it('chooses every child id once in the whole store (ids the api reserves)', () => {
    const ids = commandsOn(LOAD).flatMap((command) =>
      ['failureId', 'performanceId', 'evidenceId', 'sanctionId', 'appealId']
        .map((name) => field(command, name))
        .filter((id) => id !== '' && actionOf(command) !== 'appeal-decisions'),
    );
    expect(ids.length).toBeGreaterThan(600);
    expect(new Set(ids).size).toBe(ids.length);
    const numbers = commandsOn(LOAD).map((command) => field(command, 'personnelNumber'));
    const given = numbers.filter((number) => number !== '');
    expect(new Set(given).size).toBe(given.length);
  });

  it.each(LOAD_DAYS)(
    'dates every fact it states, in the past, with ids as UUID v4 (load on %s)',
    (now) => {
      const wrong = commandsOn(now).flatMap((command) => {
        const fields = Object.entries(command.body ?? {});
        const times = fields.filter(([name]) => TIME_FIELDS.includes(name));
        const problems = [
          times.length === 1 ? '' : `${times.length} business times`,
          times.every(([, value]) => isBusinessTime(String(value))) ? '' : 'an invalid time',
          timeOf(command) < now.getTime() ? '' : 'a time not in the past',
          ...fields
            .filter(([name]) => name.endsWith('Id') && name !== 'investigatorId')
            .filter(([, value]) => !UUID_V4.test(String(value)))
            .map(([name]) => `${name} not a UUID v4`),
        ].filter((problem) => problem !== '');
        return problems.length === 0 ? [] : [`${command.label}: ${problems.join(', ')}`];
      });
      expect(wrong).toEqual([]);
    },
  );

  it.each(LOAD_DAYS)(
    'sets the organisation up before the window, each thing after what it rests on (load on %s)',
    (now) => {
      const commands = commandsOn(now);
      const window = now.getTime() - 730 * 86_400_000;
      const created = (path: string, idField: string, id: string) =>
        find(commands, (c) => c.path === path && field(c, idField) === id);
      for (const command of commands.filter((c) => c.path === '/departments')) {
        expect(timeOf(command)).toBeLessThan(window);
        const parent = field(command, 'parentId');
        if (parent !== '') {
          expect(timeOf(command)).toBeGreaterThanOrEqual(
            timeOf(created('/departments', 'departmentId', parent)),
          );
        }
      }
      for (const command of commands.filter((c) => c.path === '/posts')) {
        const department = created('/departments', 'departmentId', field(command, 'departmentId'));
        expect(timeOf(command)).toBeGreaterThanOrEqual(timeOf(department));
      }
      const changes = commands.filter((c) => ['appointments', 'reliefs'].includes(actionOf(c)));
      for (const command of changes) {
        const post = created('/posts', 'postId', targetOf(command));
        expect(timeOf(command)).toBeGreaterThanOrEqual(timeOf(post));
        const cadre = created('/cadres', 'cadreId', field(command, 'cadreId'));
        expect(timeOf(command)).toBeGreaterThan(timeOf(cadre));
      }
      for (const post of commands.filter((c) => c.path === '/posts')) {
        const own = changes.filter((c) => targetOf(c) === field(post, 'postId')).map(timeOf);
        expect(own).toEqual([...own].sort((a, b) => a - b));
        expect(own[0]).toBeLessThan(window);
      }
    },
  );

  it.each(LOAD_DAYS)(
    'performs each duty only for periods due while it was in force, and fails it only then (load on %s)',
    (now) => {
      const commands = commandsOn(now);
      for (const chain of chainsOf(scenarioOn(now), 'duties')) {
        const [assign, ...rest] = chain;
        if (assign === undefined) throw new Error('an empty duty chain');
        const post = find(
          commands,
          (c) => c.path === '/posts' && field(c, 'postId') === field(assign, 'postId'),
        );
        const from = timeOf(assign);
        expect(from).toBeGreaterThanOrEqual(timeOf(post));
        const revocation = rest.find((c) => actionOf(c) === 'revocation');
        const until = revocation === undefined ? Infinity : timeOf(revocation);
        let cadence = field(assign, 'cadence');
        for (const command of rest) {
          if (actionOf(command) === 'amendments') cadence = field(command, 'cadence') || cadence;
          const at = timeOf(command);
          if (actionOf(command) === 'failures') {
            expect(at).toBeGreaterThanOrEqual(from);
            expect(at).toBeLessThan(until);
          }
          if (actionOf(command) !== 'performances') continue;
          const period = field(command, 'period');
          const shape = {
            MONTHLY: /^\d{4}-\d{2}$/,
            QUARTERLY: /-Q[1-4]$/,
            ANNUAL: /^\d{4}$/,
            ONCE: /^ONCE$/,
          };
          expect(period).toMatch(shape[cadence as keyof typeof shape]);
          if (period !== 'ONCE') {
            const start = Date.parse(SHANGHAI.periodStart(period));
            expect(start).toBeLessThan(now.getTime()); // begun
            expect(Date.parse(SHANGHAI.periodEnd(period))).toBeGreaterThan(from); // due
            expect(start).toBeLessThan(until);
            expect(at).toBeGreaterThanOrEqual(start);
          }
          expect(at).toBeGreaterThanOrEqual(from);
          expect(at).toBeLessThan(until);
        }
        const periods = rest
          .filter((c) => actionOf(c) === 'performances')
          .map((c) => field(c, 'period'));
        expect(new Set(periods).size).toBe(periods.length);
      }
    },
  );

  it('performs the periods due since each assignment, except failed ones and vacancies', () => {
    const scenario = scenarioOn(LOAD);
    const duty = (key: string) =>
      chainsOf(scenario, 'duties').find((chain) => chain[0]?.label === `duty:${key}`) ?? [];
    const periods = (key: string) =>
      duty(key)
        .filter((c) => actionOf(c) === 'performances')
        .map((c) => field(c, 'period'));
    // listed 730 days before 2026-11-28: from November 2024 to October 2026
    expect(periods('maple/deputy/safety')).toHaveLength(24 - 1);
    expect(periods('maple/deputy/safety')).not.toContain('2026-07'); // failed that month
    expect(periods('riverside/mayor/safety')).toEqual([
      '2024-Q4',
      ...['2025', '2026'].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`)).slice(0, 7),
    ]);
    expect(periods('riverside/mayor/statements')).toEqual(['2025']); // assigned in spring 2025
    const northport = periods('northport/deputy/safety');
    expect(northport.filter((p) => p.includes('Q')).length).toBeGreaterThan(0);
    expect(northport.filter((p) => /-\d{2}$/.test(p)).length).toBeGreaterThan(0);
  });

  it('names as case subjects only cadres who held the post when the grounds happened', () => {
    const commands = commandsOn(LOAD);
    for (const open of commands.filter((c) => c.path === '/cases')) {
      const subjects = open.body?.subjects as { cadreId: string; postId: string }[];
      const accidentId = field(open, 'accidentId');
      const failures = open.body?.failures as { failureId: string }[];
      for (const { cadreId, postId } of subjects) {
        if (accidentId !== '') {
          const accident = find(commands, (c) => field(c, 'accidentId') === accidentId);
          expect(holderAt(commands, postId, timeOf(accident))).toBe(cadreId);
        } else {
          const heldAtAFailure = failures.some(({ failureId }) => {
            const failure = find(commands, (c) => field(c, 'failureId') === failureId);
            const duty = find(
              commands,
              (c) => c.path === '/duties' && field(c, 'dutyId') === targetOf(failure),
            );
            return (
              field(duty, 'postId') === postId &&
              holderAt(commands, postId, timeOf(failure)) === cadreId
            );
          });
          expect(heldAtAFailure).toBe(true);
        }
      }
    }
    const organisation = new DemoOrganisation();
    for (const demoCase of DEMO_CASES) {
      for (const post of demoCase.subjects) {
        expect(typeof subjectOf(demoCase, post, organisation)).toBe('string');
      }
    }
  });

  it('never rests a failure on an appointment the load sends last (the api resolves the holder when recording)', () => {
    const scenario = scenarioOn(LOAD);
    const commands = commandsOf(scenario);
    const late = chainsOf(scenario, 'appointments that override').flat();
    expect(late.length).toBeGreaterThan(0);
    for (const appointment of late) {
      const duties = commands.filter(
        (c) => c.path === '/duties' && field(c, 'postId') === targetOf(appointment),
      );
      const failures = commands.filter(
        (c) => actionOf(c) === 'failures' && duties.some((d) => field(d, 'dutyId') === targetOf(c)),
      );
      for (const failure of failures) expect(timeOf(failure)).toBeLessThan(timeOf(appointment));
    }
  });

  it('records one failure on a vacant post, and none other', () => {
    const organisation = new DemoOrganisation();
    const vacant = DEMO_FAILURES.filter(
      (failure) =>
        organisation.holderAt(failure.dutyKey.split('/').slice(0, 2).join('/'), failure.days) ===
        null,
    );
    expect(vacant.map((failure) => failure.key)).toEqual(['pine-vacant']);
  });

  it('records failures of several kinds: one on a business duty that harmed work safety and grounds a case, one that did not and grounds none', () => {
    const commands = commandsOn(LOAD);
    const failures = commands.filter((c) => actionOf(c) === 'failures');
    expect(new Set(failures.map((c) => field(c, 'kind'))).size).toBeGreaterThanOrEqual(6);
    for (const other of failures.filter((c) => field(c, 'kind') === 'OTHER')) {
      expect(field(other, 'otherKind')).not.toBe('');
    }
    const onBusiness = failures.filter((failure) => {
      const duty = find(
        commands,
        (c) => c.path === '/duties' && field(c, 'dutyId') === targetOf(failure),
      );
      return field(duty, 'category') === 'BUSINESS';
    });
    const cited = (failure: DemoCommand) =>
      commands.some(
        (c) =>
          c.path === '/cases' &&
          (c.body?.failures as { failureId: string }[]).some(
            (f) => f.failureId === field(failure, 'failureId'),
          ),
      );
    expect(
      onBusiness.map((f) => ({ safetyImpact: f.body?.safetyImpact === true, cited: cited(f) })),
    ).toEqual(
      expect.arrayContaining([
        { safetyImpact: true, cited: true },
        { safetyImpact: false, cited: false },
      ]),
    );
    expect(onBusiness.filter((f) => f.body?.safetyImpact !== true && cited(f))).toEqual([]);
  });

  it.each(LOAD_DAYS)(
    'reports and assesses each cadre only for years a post was held, with grades in their bands (load on %s)',
    (now) => {
      const commands = commandsOn(now);
      const reports = commands.filter((c) => actionOf(c) === 'annual-report');
      expect(reports.length).toBeGreaterThan(40);
      for (const report of reports) {
        const [, , cadreId, , year] = report.path.split('/');
        const from = Date.parse(SHANGHAI.periodStart(String(year)));
        const until = Date.parse(SHANGHAI.periodEnd(String(year)));
        const held = holdingsOf(commands).some(
          (holding) => holding.cadreId === cadreId && holding.from < until && holding.until > from,
        );
        expect({ report: report.label, held }).toEqual({ report: report.label, held: true });
        expect(timeOf(report)).toBeGreaterThanOrEqual(from);
        const assessment = find(
          commands,
          (c) => c.path === report.path.replace(/annual-report$/, 'assessment'),
        );
        expect(timeOf(assessment)).toBeGreaterThanOrEqual(timeOf(report));
        expect(assessment.body?.grade).toBe(gradeOf(Number(assessment.body?.score)));
      }
    },
  );

  it('counts every case status, every accident grade and one INCOMPETENT assessment', () => {
    const scenario = scenarioOn(LOAD);
    const { counts, commands } = scenario;
    expect(Object.values(counts.casesByStatus).every((n) => n > 0)).toBe(true);
    expect(Object.values(counts.accidentsByGrade).every((n) => n > 0)).toBe(true);
    const total = Object.values(counts.accidentsByGrade).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(DEMO_ACCIDENTS.length);
    const grades = commandsOf(scenario)
      .filter((command) => command.label.startsWith('assessment:'))
      .map((command) => command.body?.grade);
    expect(grades.filter((grade) => grade === 'INCOMPETENT')).toHaveLength(1);
    expect(commands).toBe(commandsOf(scenario).length);
  });

  it('says why its blocked cadre is blocked in the operator’s language, English by default', () => {
    const now = new Date('2026-11-28T00:00:01Z');
    const said = (lang?: 'zh-CN' | 'en') =>
      demoScenario(now, { investigatorId: INVESTIGATOR, lang }).blockedCadre.detail;
    const caseId = demoScenario(now, { investigatorId: INVESTIGATOR }).blockedCadre.detail.match(
      /case (\S+)/,
    )?.[1];
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(said()).toBe(
      `The demotion (changed on appeal from dismissal from post) in case ${caseId ?? ''} blocks appointment for 24 months; appointed to a lower post with an eligibility override`,
    );
    expect(said('en')).toBe(said());
    expect(said('zh-CN')).toBe(
      `案件${caseId ?? ''}中的降职（申诉后由撤职变更）使其24个月内不得提拔使用；已凭任职资格例外任命到较低职务`,
    );
  });
});

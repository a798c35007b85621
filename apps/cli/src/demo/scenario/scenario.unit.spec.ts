import { isBusinessTime } from '@dutyledger/domain';
import { demoScenario } from '.';
import { DemoCalendar } from '../demo-calendar';
import { DEMO_ACCIDENTS } from './accidents';
import { DEMO_CASES, subjectOf } from './cases';
import { DEMO_FAILURES } from './duties';
import { DemoOrganisation } from './organisation';

const LOAD = new Date('2026-11-28T18:30:00Z');
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIME_FIELDS = ['occurredAt', 'performedAt', 'effectiveFrom'];

const commandsOf = (now: Date) => demoScenario(now).phases.flatMap((phase) => phase.chains.flat());

describe('the demo scenario', () => {
  it('is the same for every load on the same UTC day', () => {
    expect(commandsOf(new Date('2026-11-28T00:00:01Z'))).toEqual(commandsOf(LOAD));
  });

  it('moves with the day of the load: two years that end on that day', () => {
    const next = commandsOf(new Date('2026-11-29T08:00:00Z'));
    expect(next.map((command) => command.label)).not.toEqual([]);
    expect(next).not.toEqual(commandsOf(LOAD));
    expect(demoScenario(LOAD).anchorDay).toBe('2026-11-28');
  });

  it('labels every command once (each label is an Idempotency-Key)', () => {
    const labels = commandsOf(LOAD).map((command) => command.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.length).toBeGreaterThan(300);
    expect(labels.length).toBeLessThanOrEqual(1500);
  });

  it('sends ids as UUID v4 and business times in the past, with their zone', () => {
    for (const { body } of commandsOf(LOAD)) {
      for (const [field, value] of Object.entries(body ?? {})) {
        if (field.endsWith('Id') && field !== 'investigatorId') expect(value).toMatch(UUID_V4);
        if (TIME_FIELDS.includes(field)) {
          expect(isBusinessTime(String(value))).toBe(true);
          expect(Date.parse(String(value))).toBeLessThan(LOAD.getTime());
        }
      }
    }
  });

  it('names as case subjects only cadres who held the post when the grounds happened', () => {
    const organisation = new DemoOrganisation();
    for (const demoCase of DEMO_CASES) {
      for (const post of demoCase.subjects) {
        expect(typeof subjectOf(demoCase, post, organisation)).toBe('string');
      }
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

  it('counts every case status, every accident grade and one INCOMPETENT assessment', () => {
    const { counts, commands } = demoScenario(LOAD);
    expect(Object.values(counts.casesByStatus).every((n) => n > 0)).toBe(true);
    expect(Object.values(counts.accidentsByGrade).every((n) => n > 0)).toBe(true);
    const total = Object.values(counts.accidentsByGrade).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(DEMO_ACCIDENTS.length);
    const grades = commandsOf(LOAD)
      .filter((command) => command.label.startsWith('assessment:'))
      .map((command) => command.body?.grade);
    expect(grades.filter((grade) => grade === 'INCOMPETENT')).toHaveLength(1);
    expect(commands).toBe(commandsOf(LOAD).length);
  });
});

describe('DemoCalendar', () => {
  const calendar = new DemoCalendar(LOAD);

  it('counts back whole days from the UTC day of the load, at a fixed hour of China time', () => {
    expect(calendar.day(0)).toBe('2026-11-28');
    expect(calendar.at(1)).toBe('2026-11-27T10:00:00+08:00');
    expect(() => calendar.at(0)).toThrow(RangeError);
  });

  it('lists the completed months, quarters and years before the load, oldest first', () => {
    expect(calendar.months(2).map((p) => p.period)).toEqual(['2026-09', '2026-10']);
    expect(calendar.quarters(2).map((p) => p.period)).toEqual(['2026-Q2', '2026-Q3']);
    expect(calendar.years().map((p) => p.period)).toEqual(['2024', '2025']);
    expect(calendar.months(24)[0]?.period).toBe('2024-11');
    expect(calendar.quarters(8)[0]).toMatchObject({
      period: '2024-Q4',
      performedAt: '2024-12-20T10:00:00+08:00',
    });
  });
});

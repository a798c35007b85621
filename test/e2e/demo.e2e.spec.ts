import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ACCIDENT_GRADES,
  CASE_STATUSES,
  type CaseState,
  DEFAULT_ELIGIBILITY_POLICY,
  type JurisdictionCalendar,
  type OpenedCase,
  appointmentEligibility,
  isLighter,
  isMeasure,
  caseDecider,
  isOverdue,
} from '@dutyledger/domain';
import type { EventStore, RecordedEvent } from '@dutyledger/event-store';
import { domainCodec, foldStream } from '@dutyledger/ledger';
import { CALENDAR, EVENT_STORE, READ_MODELS } from '@dutyledger/wiring';
import {
  type CrashPoint,
  PROJECTIONS,
  ProjectionRunner,
  SimulatedCrash,
  openReadModels,
  verifyProjection,
} from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import {
  DEMOTION_OVERRIDE_REASON,
  type DemoSummary,
  demoTokens,
  loadDemo,
} from '../../apps/cli/src/demo';
import { demoWorld } from '../support/demo-world';
import { call } from '../support/http';
import { POSTGRES_TEST_URL } from '../support/postgres';
import { type RunningApp, startApp } from '../support/running-app';

const LOAD_TIMEOUT_MS = 300_000;

/** A seeded generator, so that a failing run can be repeated exactly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ofType = (events: readonly RecordedEvent[], type: string) =>
  events.filter((event) => event.type === type);

/** Every case in the store, folded from its own events. */
function casesIn(events: readonly RecordedEvent[]): Map<string, OpenedCase> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events.filter((candidate) => candidate.stream.startsWith('case-'))) {
    streams.set(event.stream, [...(streams.get(event.stream) ?? []), event]);
  }
  const codec = domainCodec();
  const cases = new Map<string, OpenedCase>();
  for (const stream of streams.values()) {
    const state: CaseState = foldStream(caseDecider, stream, codec);
    if (state.status !== 'NOT_OPENED') cases.set(state.caseId, state);
  }
  return cases;
}

function describeDemo(readModels: 'sqlite' | 'postgres') {
  describe(`npm run cli -- demo, through the command API (read models on ${readModels})`, () => {
    let running: RunningApp;
    let summary: DemoSummary;
    let events: RecordedEvent[];
    const tokens = () => demoTokens((role, subject) => running.token(role, subject));
    const store = () => running.app.get<EventStore>(EVENT_STORE);

    beforeAll(async () => {
      // Loaded through the command API once per run (demo-world.ts), copied for this suite.
      const world = await demoWorld();
      running = await startApp({ dataDir: world.dataDir, postgres: readModels === 'postgres' });
      summary = world.summary;
      events = await store().readAll();
    }, LOAD_TIMEOUT_MS);
    afterAll(() => running.stop());

    it('stores exactly what the summary counts', () => {
      const { counts } = summary;
      expect({
        departments: ofType(events, 'DepartmentRegistered').length,
        posts: ofType(events, 'PostEstablished').length,
        cadres: ofType(events, 'CadreRegistered').length,
        appointments: ofType(events, 'CadreAppointedToPost').length,
        reliefs: ofType(events, 'CadreRelievedFromPost').length,
        duties: ofType(events, 'DutyAssigned').length,
        performances: ofType(events, 'DutyPerformanceRecorded').length,
        failures: ofType(events, 'FailureToPerformRecorded').length,
        annualReports: ofType(events, 'AnnualReportSubmitted').length,
        assessments: ofType(events, 'AnnualAssessmentRecorded').length,
      }).toEqual({
        departments: counts.departments,
        posts: counts.posts,
        cadres: counts.cadres,
        appointments: counts.appointments,
        reliefs: counts.reliefs,
        duties: counts.duties,
        performances: counts.performances,
        failures: counts.failures,
        annualReports: counts.annualReports,
        assessments: counts.assessments,
      });
      expect(counts.departments).toBeGreaterThanOrEqual(3 + 3 * 2 + 1);
      expect(counts.performances).toBeGreaterThan(100);
      const domainEvents = events.filter((event) => event.type !== 'CommandAnswered');
      const highest = domainEvents.reduce(
        (max, event) => (event.position > max ? event.position : max),
        0n,
      );
      expect(summary.lastPosition).toBe(String(highest));
    });

    it('leaves cases in every status, with an appeal, a reopening, an overdue and an extended deadline', () => {
      const cases = [...casesIn(events).values()];
      const byStatus = Object.fromEntries(
        CASE_STATUSES.map((status) => [status, cases.filter((c) => c.status === status).length]),
      );
      expect(byStatus).toEqual(summary.counts.casesByStatus);
      for (const status of CASE_STATUSES) expect(byStatus[status]).toBeGreaterThan(0);
      expect(cases.some((c) => c.appeals.some((appeal) => appeal.outcome !== null))).toBe(true);
      expect(cases.some((c) => c.reopenCount > 0)).toBe(true);
      expect(cases.some((c) => c.kind === 'POST_ACCIDENT' && c.deadline?.extended === true)).toBe(
        true,
      );
      const overdue = casesIn(events).get(summary.overdueCaseId);
      expect(overdue?.kind).toBe('POST_ACCIDENT');
      expect(overdue !== undefined && isOverdue(overdue, new Date())).toBe(true);
      expect(casesIn(events).get(summary.openCaseId)?.status).toBe('OPENED');
    });

    it('reports accidents of every grade, one re-graded by a casualty update', () => {
      const grades = new Map<string, string>();
      for (const event of events) {
        if (event.type === 'AccidentReported' || event.type === 'AccidentCasualtiesUpdated') {
          grades.set(String(event.data.accidentId), String(event.data.grade));
        }
      }
      const byGrade = Object.fromEntries(
        ACCIDENT_GRADES.map((grade) => [
          grade,
          [...grades.values()].filter((g) => g === grade).length,
        ]),
      );
      expect(byGrade).toEqual(summary.counts.accidentsByGrade);
      for (const grade of ACCIDENT_GRADES) expect(byGrade[grade]).toBeGreaterThan(0);
      const regraded = ofType(events, 'AccidentCasualtiesUpdated').filter(
        (event) => event.data.grade !== event.data.previousGrade,
      );
      expect(regraded).toHaveLength(1);
    });

    it('records failures with minor and serious effects, one on a vacant post', () => {
      const failures = ofType(events, 'FailureToPerformRecorded');
      const effects = new Set(failures.map((event) => event.data.adverseEffect));
      expect([...effects].sort()).toEqual(['MINOR', 'NONE', 'SERIOUS']);
      expect(failures.filter((event) => event.data.vacant === true)).toHaveLength(1);
    });

    it('stores every fact at its business time, spread over the two years and not at the load', () => {
      const facts = events.filter(
        (event) => event.type !== 'CommandAnswered' && event.type !== 'ValueReserved',
      );
      const days = (iso: string) => Math.floor(Date.parse(iso) / 86_400_000);
      const loadDay = days(facts[facts.length - 1]?.metadata.recordedAt ?? '');
      const businessDays = facts.map((event) => days(event.metadata.occurredAt));
      expect(businessDays.every((day) => day < loadDay)).toBe(true);
      expect(Math.min(...businessDays)).toBeLessThan(loadDay - 730);
      expect(new Set(businessDays).size).toBeGreaterThan(200);
    });

    it('keeps the fair procedure: findings heard first, by the investigator; decisions and appeals by others; appeals only lighter', () => {
      const findings = ofType(events, 'FindingRecorded');
      const hearings = new Set(findings.map((event) => event.data.hearing));
      expect([...hearings].sort()).toEqual(['NOTICE_UNANSWERED', 'STATEMENT']);
      expect(findings.some((event) => (event.data.aggravating as unknown[]).length > 0)).toBe(true);
      expect(findings.some((event) => (event.data.mitigating as unknown[]).length > 0)).toBe(true);
      const actors = (type: string) =>
        new Set(ofType(events, type).map((event) => event.metadata.actor.id));
      const investigators = actors('FindingRecorded');
      const deciders = new Set([...actors('SanctionDecided'), ...actors('CaseDecided')]);
      const board = actors('AppealDecided');
      expect([investigators.size, deciders.size, board.size]).toEqual([1, 1, 1]);
      expect(new Set([...investigators, ...deciders, ...board]).size).toBe(3);
      const cases = [...casesIn(events).values()];
      const changed = cases.flatMap((c) =>
        c.appeals.filter((appeal) => appeal.outcome === 'SANCTION_CHANGED'),
      );
      expect(changed.length).toBeGreaterThan(0);
      for (const appeal of changed) {
        const decided = ofType(events, 'SanctionDecided').find(
          (event) => event.data.sanctionId === appeal.sanctionId,
        );
        const after = ofType(events, 'AppealDecided').find(
          (event) => event.data.appealId === appeal.appealId,
        );
        const [from, to] = [String(decided?.data.sanction), String(after?.data.changedSanction)];
        expect(isMeasure(from) && isMeasure(to) && isLighter(to, from)).toBe(true);
      }
      expect(ofType(events, 'AppealWaived').length).toBeGreaterThanOrEqual(2);
      expect(ofType(events, 'HearingNoticeServed').length).toBeGreaterThanOrEqual(2);
    });

    it('appoints one blocked cadre, with the override and the blocks it overrode on the event', () => {
      const overridden = ofType(events, 'CadreAppointedToPost').filter(
        (event) => event.data.eligibilityOverride !== null,
      );
      expect(overridden).toHaveLength(1);
      const { cadreId, eligibilityOverride } = (overridden[0]?.data ?? {}) as {
        cadreId?: string;
        eligibilityOverride?: { reason: string; blocks: { reason: string }[] };
      };
      expect(cadreId).toBe(summary.blockedCadre.cadreId);
      expect(eligibilityOverride?.reason).toBe(DEMOTION_OVERRIDE_REASON);
      expect(eligibilityOverride?.blocks.map((block) => block.reason)).toEqual([
        'SANCTION_INFLUENCE_PERIOD',
      ]);
    });

    it('names a cadre whose appointment is blocked today, for the reason it gives', () => {
      const { cadreId, name, reason } = summary.blockedCadre;
      const registered = ofType(events, 'CadreRegistered').find((e) => e.data.cadreId === cadreId);
      expect(registered?.data.name).toBe(name);
      const cases = [...casesIn(events).values()];
      const facts = {
        openCases: cases
          .filter((c) => c.status !== 'CLOSED' && c.subjects.some((s) => s.cadreId === cadreId))
          .map((c) => ({
            caseId: c.caseId,
            openedAt: c.openedAt,
            closedAt: null,
            sourceEventIds: [],
          })),
        sanctions: cases.flatMap((c) =>
          c.sanctions
            .filter((s) => s.cadreId === cadreId)
            .map((s) => ({
              sanctionId: s.sanctionId,
              caseId: c.caseId,
              sanction: s.sanction,
              effectiveFrom: s.decidedAt,
              endedAt: null,
              sourceEventIds: [],
            })),
        ),
        assessments: [],
      };
      const eligibility = appointmentEligibility(
        new Date().toISOString(),
        facts,
        DEFAULT_ELIGIBILITY_POLICY,
        running.app.get<JurisdictionCalendar>(CALENDAR),
      );
      expect(eligibility.eligible).toBe(false);
      expect(eligibility.blocks.map((block) => block.reason)).toContain(reason);
    });

    it(
      'serves the demo municipality from the read models once they have caught up',
      async () => {
        await running.projected(summary.lastPosition);
        const read = await call(running.url, 'GET', `/departments/${summary.municipalityId}`, {
          token: running.token('VIEWER'),
        });
        expect(read.status).toBe(200);
        expect(read.body).toMatchObject({ level: 'MUNICIPAL', parentId: null });
      },
      LOAD_TIMEOUT_MS,
    );

    it(
      'builds every read model exactly as a rebuild from position zero would',
      async () => {
        await running.projected(summary.lastPosition);
        const live = running.app.get<DataSource>(READ_MODELS);
        for (const projection of PROJECTIONS) {
          const result = await verifyProjection({
            store: store(),
            live,
            database: running.readModelDatabase,
            projection,
            upcasters: domainCodec(),
          });
          expect({
            projection: projection.name,
            differences: result.differences.slice(0, 3),
          }).toEqual({
            projection: projection.name,
            differences: [],
          });
        }
      },
      LOAD_TIMEOUT_MS,
    );

    if (readModels === 'sqlite') {
      it(
        'stopped at 50 random points while projecting the demo, ends identical to a rebuild',
        async () => {
          const next = seeded(0xdead2026);
          const file = join(running.config.dataDir, 'crash-read-models.db');
          const crashing = await openReadModels({ kind: 'sqlite', file });
          const [head] = await store().readAll({ direction: 'backwards', maxCount: 1 });
          const end = head?.position ?? 0n;
          let crashes = 0;
          for (let round = 0; crashes < 50 && round < 1000; round++) {
            const point: CrashPoint = next() < 0.5 ? 'before-commit' : 'after-commit';
            let countdown = Math.floor(next() * 6);
            let crash: (error: unknown) => void = () => undefined;
            const crashed = new Promise<unknown>((resolve) => (crash = resolve));
            const runner = new ProjectionRunner(store(), crashing, PROJECTIONS, {
              upcasters: domainCodec(),
              batchSize: 1 + Math.floor(next() * 20),
              onError: crash,
              faults: {
                at: (where) => {
                  if (where === point && countdown-- === 0) throw new SimulatedCrash(where);
                },
              },
            });
            await runner.start();
            const outcome = await Promise.race([crashed, runner.waitFor(end).then(() => 'done')]);
            if (outcome === 'done') {
              await runner.stop();
            } else {
              expect(outcome).toBeInstanceOf(SimulatedCrash);
              crashes++;
            }
          }
          expect(crashes).toBe(50);
          const last = new ProjectionRunner(store(), crashing, PROJECTIONS, {
            upcasters: domainCodec(),
          });
          await last.start();
          await last.waitFor(end);
          await last.stop();
          for (const projection of PROJECTIONS) {
            const result = await verifyProjection({
              store: store(),
              live: crashing,
              database: { kind: 'sqlite', file },
              projection,
              upcasters: domainCodec(),
            });
            expect({
              projection: projection.name,
              differences: result.differences.slice(0, 3),
            }).toEqual({
              projection: projection.name,
              differences: [],
            });
          }
          await crashing.destroy();
        },
        LOAD_TIMEOUT_MS,
      );
    }

    // Idempotency keys live in the event store: the read models' engine plays no part.
    if (readModels === 'sqlite') {
      it(
        'answers a second load from its idempotency keys, appending nothing',
        async () => {
          const again = await loadDemo({ baseUrl: running.url, tokens: tokens() });
          const { seconds: _first, ...first } = summary;
          const { seconds: _second, ...second } = again;
          expect(second).toEqual(first);
          expect((await store().readAll()).length).toBe(events.length);
        },
        LOAD_TIMEOUT_MS,
      );
    }
  });
}

describeDemo('sqlite');
if (POSTGRES_TEST_URL) describeDemo('postgres');

describe('npm run cli -- demo without a running api', () => {
  it('says the api is not reachable, how to start it, and exits 2', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dutyledger-demo-cli-'));
    try {
      const child = spawn(
        process.execPath,
        ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'demo', '--url', 'http://127.0.0.1:1'],
        {
          env: { ...process.env, DUTYLEDGER_DATA_DIR: dataDir },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toContain('http://127.0.0.1:1 is not reachable');
      expect(stderr).toContain('start it with npm start');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

import { randomUUID } from 'node:crypto';
import type { EventStore, RecordedEvent } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import { type RunningEsdbEmulator, startEsdbEmulator } from '../support/esdb-emulator';
import { type Answer, call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';
import { CaseFixtures, daysAgo } from './case-fixtures';

/**
 * Identity (docs/domain.md): a personnel number belongs to one cadre, an id a caller chose for a
 * child (failure, performance, evidence, sanction, appeal) to one parent. Both are reserved in
 * the event store itself, so they hold under concurrent requests, on SQLite and on EventStoreDB
 * (the in-process emulator standing in for it).
 */
const RACERS = 8;

type Store = 'sqlite' | 'eventstoredb';

describe.each<Store>(['sqlite', 'eventstoredb'])('identity over HTTP (events on %s)', (store) => {
  let emulator: RunningEsdbEmulator | undefined;
  let running: RunningApp;
  let fixtures: CaseFixtures;
  let admin: string;
  let caseworker: string;
  let authority: string;

  beforeAll(async () => {
    if (store === 'eventstoredb') emulator = await startEsdbEmulator();
    running = await startApp({
      env:
        emulator === undefined
          ? {}
          : {
              DUTYLEDGER_EVENT_STORE: 'eventstoredb',
              DUTYLEDGER_EVENTSTORE_URL: emulator.connectionString,
            },
    });
    fixtures = new CaseFixtures(running);
    admin = running.token('ADMIN');
    caseworker = running.token('CASEWORKER');
    authority = await fixtures.supervisionAuthority();
  });
  afterAll(async () => {
    await running.stop();
    await emulator?.stop();
  });

  const post = (token: string, path: string, body: unknown): Promise<Answer> =>
    call(running.url, 'POST', path, { token, body });

  const everything = (): Promise<RecordedEvent[]> =>
    running.app.get<EventStore>(EVENT_STORE).readAll();

  const cadre = (personnelNumber: string) => ({
    cadreId: randomUUID(),
    name: 'Wang Fang',
    personnelNumber,
    managingDepartmentId: authority,
  });

  it('refuses a second cadre with a personnel number already held, whatever its letter case, naming the holder', async () => {
    const number = `RS-${randomUUID().slice(0, 8)}`;
    const first = cadre(number);
    expect((await post(admin, '/cadres', first)).status).toBe(201);
    const second = await post(admin, '/cadres', cadre(number.toLowerCase()));
    expect(second.status).toBe(422);
    expect(second.body).toMatchObject({
      code: 'PERSONNEL_NUMBER_TAKEN',
      holderId: first.cadreId,
    });
    expect(String(second.body.message)).toContain(first.cadreId);
  });

  it(`registers exactly one of ${RACERS} concurrent cadres with one personnel number`, async () => {
    const number = `RACE-${randomUUID().slice(0, 8)}`;
    const answers = await Promise.all(
      Array.from({ length: RACERS }, () => post(admin, '/cadres', cadre(number))),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(RACERS - 1).fill(422)]);
    for (const answer of answers.filter((candidate) => candidate.status === 422)) {
      expect(['PERSONNEL_NUMBER_TAKEN', 'RESERVATION_IN_PROGRESS']).toContain(answer.body.code);
    }
    const registered = (await everything()).filter(
      (event) => event.type === 'CadreRegistered' && event.data.personnelNumber === number,
    );
    expect(registered).toHaveLength(1);
  });

  it('refuses a failure id already used on another duty, as a failure or as a performance id', async () => {
    const subject = await fixtures.cadreOnPost(authority);
    const first = await fixtures.failure(subject, 'SERIOUS');
    const otherDuty = String(
      (
        await post(caseworker, '/duties', {
          postId: subject.postId,
          category: 'WORK_SAFETY',
          title: 'Quarterly inspection of the quarries',
          principle: 'MANAGES_INDUSTRY',
          industries: ['mining'],
          cadence: 'QUARTERLY',
          basis: 'Work Safety Law, art. 3',
          effectiveFrom: daysAgo(200),
        })
      ).body.id,
    );
    const reused = await post(caseworker, `/duties/${otherDuty}/failures`, {
      failureId: first.failureId,
      occurredAt: daysAgo(20),
      kind: 'INSPECTION_NOT_ORGANISED',
      description: 'The quarry inspection was skipped',
      evidence: 'Register',
      adverseEffect: 'MINOR',
    });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({
      code: 'ID_ALREADY_USED',
      holderId: `duty-${first.dutyId}`,
    });
    const asPerformance = await post(caseworker, `/duties/${otherDuty}/performances`, {
      performanceId: first.failureId,
      period: periodOfLastQuarter(),
      performedAt: daysAgo(1),
      evidence: 'Report',
    });
    expect(asPerformance.body.code).toBe('ID_ALREADY_USED');
  });

  it(`records exactly one of ${RACERS} concurrent failures with one caller-chosen id on different duties`, async () => {
    const subject = await fixtures.cadreOnPost(authority);
    const duties = await Promise.all(
      Array.from({ length: RACERS }, async () => (await fixtures.failure(subject, 'NONE')).dutyId),
    );
    const failureId = randomUUID();
    const answers = await Promise.all(
      duties.map((dutyId) =>
        post(caseworker, `/duties/${dutyId}/failures`, {
          failureId,
          occurredAt: daysAgo(10),
          kind: 'HAZARD_NOT_RECTIFIED',
          description: 'The hazard was not rectified',
          evidence: 'Register',
          adverseEffect: 'MINOR',
        }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    const recorded = (await everything()).filter(
      (event) => event.type === 'FailureToPerformRecorded' && event.data.failureId === failureId,
    );
    expect(recorded).toHaveLength(1);
  });
});

/** The quarter before the current one, in Beijing time (due for a duty assigned 200 days ago). */
function periodOfLastQuarter(): string {
  const beijing = new Date(Date.now() + 8 * 3_600_000);
  const quarter = Math.floor(beijing.getUTCMonth() / 3);
  return quarter === 0
    ? `${beijing.getUTCFullYear() - 1}-Q4`
    : `${beijing.getUTCFullYear()}-Q${quarter}`;
}

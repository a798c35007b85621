import { randomUUID } from 'node:crypto';
import { cadreStream, departmentStream, dutyStream, postStream } from '@dutyledger/domain';
import type { EventStore, RecordedEvent } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import { type Answer, call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

/**
 * Every fact carries the business time at which it happened (docs/domain.md, "Time"); here every
 * fact is recorded weeks after it happened, as caseworkers do. Read by business time the record
 * shows what had happened; read by recorded time, what the system knew; compliance counts a
 * duty's periods from its real assignment, and a date alone is a day of Beijing time.
 */
class Clock {
  private current = new Date('2026-05-20T02:00:00Z');
  readonly now = (): Date => this.current;
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

describe('facts in business time, recorded late', () => {
  const clock = new Clock();
  let running: RunningApp;
  let admin: string;
  let caseworker: string;
  let auditor: string;

  beforeAll(async () => {
    running = await startApp({ clock: clock.now });
    admin = running.token('ADMIN');
    caseworker = running.token('CASEWORKER');
    auditor = running.token('AUDITOR');
  });
  afterAll(() => running.stop());

  async function ok(token: string, path: string, body: unknown): Promise<Answer> {
    const answer = await call(running.url, 'POST', path, { token, body });
    expect({ path, status: answer.status, body: answer.body }).toMatchObject({ status: 201 });
    return answer;
  }

  async function refused(token: string, path: string, body: unknown, code: string) {
    const answer = await call(running.url, 'POST', path, { token, body });
    expect({ path, status: answer.status, code: answer.body.code }).toEqual({
      path,
      status: 422,
      code,
    });
  }

  const stored = (stream: string): Promise<RecordedEvent[]> =>
    running.app.get<EventStore>(EVENT_STORE).readStream(stream);

  /** A municipality (the supervision authority), a post, a cadre holding it, a monthly duty. */
  async function world(dutyEffectiveFrom: string) {
    const departmentId = randomUUID();
    await ok(admin, '/departments', {
      departmentId,
      name: 'Riverside Municipal People’s Government',
      level: 'MUNICIPAL',
      kind: 'GOVERNMENT',
      industries: ['mining'],
      supervisionAuthority: true,
      effectiveFrom: '2024-01-01',
    });
    const postId = randomUUID();
    await ok(admin, '/posts', {
      postId,
      departmentId,
      title: 'Deputy Mayor (mining)',
      rank: 'DEPUTY',
      businessScope: ['mining'],
      effectiveFrom: '2024-01-01',
    });
    const cadreId = randomUUID();
    await ok(admin, '/cadres', {
      cadreId,
      name: 'Zhou Min',
      personnelNumber: `BT-${cadreId.slice(0, 8)}`,
      managingDepartmentId: departmentId,
    });
    await ok(admin, `/posts/${postId}/appointments`, { cadreId, effectiveFrom: '2024-03-01' });
    const dutyId = randomUUID();
    await ok(caseworker, '/duties', {
      dutyId,
      postId,
      category: 'WORK_SAFETY',
      title: 'Monthly safety inspection of the mines',
      principle: 'MANAGES_INDUSTRY',
      industries: ['mining'],
      cadence: 'MONTHLY',
      basis: 'Work Safety Law, art. 3',
      effectiveFrom: dutyEffectiveFrom,
    });
    return { departmentId, postId, cadreId, dutyId };
  }

  it('reads a date alone as the start of that day in Beijing time, and stores instants in UTC', async () => {
    clock.set('2026-05-20T02:00:00Z');
    const { departmentId, postId, dutyId } = await world('2026-03-01');
    const [registered] = await stored(departmentStream(departmentId));
    const [established, appointed] = await stored(postStream(postId));
    const [assigned] = await stored(dutyStream(dutyId));
    expect(registered?.data.occurredAt).toBe('2023-12-31T16:00:00.000Z');
    expect(established?.data.occurredAt).toBe('2023-12-31T16:00:00.000Z');
    expect(appointed?.data).toMatchObject({
      effectiveFrom: '2024-02-29T16:00:00.000Z',
      occurredAt: '2024-02-29T16:00:00.000Z',
    });
    expect(assigned?.data.occurredAt).toBe('2026-02-28T16:00:00.000Z');
    // ...while the envelope says when the system recorded each of them.
    expect(assigned?.metadata.recordedAt).toBe('2026-05-20T02:00:00.000Z');
  });

  it('refuses facts dated before what they rest on, in the future, or for periods not due', async () => {
    clock.set('2026-12-15T02:00:00Z');
    const { departmentId, postId, cadreId, dutyId } = await world('2026-12-01');
    const performance = (period: string, performedAt: string) => ({
      period,
      performedAt,
      evidence: 'Inspection report',
    });
    // A failure dated 2001 on a duty assigned this December.
    await refused(
      caseworker,
      `/duties/${dutyId}/failures`,
      {
        occurredAt: '2001-06-01',
        kind: 'INSPECTION_NOT_ORGANISED',
        description: 'Skipped',
        evidence: 'Register',
        adverseEffect: 'MINOR',
      },
      'FAILURE_OUTSIDE_DUTY_LIFE',
    );
    // Performances for February to July on a duty assigned on 1 December.
    for (const month of ['02', '03', '04', '05', '06', '07']) {
      await refused(
        caseworker,
        `/duties/${dutyId}/performances`,
        performance(`2026-${month}`, '2026-12-10T09:00:00+08:00'),
        'PERFORMANCE_PERIOD_NOT_DUE',
      );
    }
    await refused(
      caseworker,
      `/duties/${dutyId}/performances`,
      performance('2099-01', '2026-12-10T09:00:00+08:00'),
      'PERFORMANCE_PERIOD_IN_FUTURE',
    );
    await ok(
      caseworker,
      `/duties/${dutyId}/performances`,
      performance('2026-12', '2026-12-10T09:00:00+08:00'),
    );
    // Business times later than now, and organisation changes before what they rest on.
    await refused(
      caseworker,
      `/duties/${dutyId}/amendments`,
      { title: 'Weekly inspection', reason: 'New plan', effectiveFrom: '2027-01-01' },
      'BUSINESS_TIME_IN_FUTURE',
    );
    await refused(
      admin,
      '/posts',
      {
        departmentId,
        title: 'Deputy Mayor (transport)',
        rank: 'DEPUTY',
        businessScope: ['transport'],
        effectiveFrom: '2020-01-01',
      },
      'POST_BEFORE_DEPARTMENT',
    );
    await refused(
      caseworker,
      '/duties',
      {
        postId,
        category: 'WORK_SAFETY',
        title: 'Annual plan',
        principle: 'IN_CHARGE',
        industries: ['mining'],
        cadence: 'ANNUAL',
        basis: 'Work Safety Law',
        effectiveFrom: '2023-06-01',
      },
      'DUTY_BEFORE_POST_ESTABLISHED',
    );
    const otherPost = randomUUID();
    await ok(admin, '/posts', {
      postId: otherPost,
      departmentId,
      title: 'Deputy Mayor (education)',
      rank: 'DEPUTY',
      businessScope: ['education'],
      effectiveFrom: '2026-06-01',
    });
    await refused(
      admin,
      `/posts/${otherPost}/appointments`,
      { cadreId, effectiveFrom: '2026-05-31' },
      'APPOINTMENT_BEFORE_POST_ESTABLISHED',
    );
  });

  it('records a case as opened on the day it really was, and reads it as of then by business and by recorded time', async () => {
    clock.set('2026-05-20T02:00:00Z');
    const { departmentId, postId, cadreId, dutyId } = await world('2026-03-01');
    const failureId = randomUUID();
    await ok(caseworker, `/duties/${dutyId}/failures`, {
      failureId,
      occurredAt: '2026-04-10T09:00:00+08:00',
      kind: 'HAZARD_NOT_RECTIFIED',
      description: 'The roof-support hazard reported in March was not rectified',
      evidence: 'Hazard register, entry 31',
      adverseEffect: 'SERIOUS',
    });
    clock.set('2026-05-25T02:00:00Z');
    const opened = await ok(caseworker, '/cases', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: departmentId,
      subjects: [{ cadreId, postId }],
      failures: [{ dutyId, failureId }],
      summary: 'A reported hazard was left unrectified',
      occurredAt: '2026-04-20',
    });
    const caseId = String(opened.body.id);
    const [caseOpened] = await stored(`case-${caseId}`);
    expect(caseOpened?.data.occurredAt).toBe('2026-04-19T16:00:00.000Z');
    expect(caseOpened?.metadata.recordedAt).toBe('2026-05-25T02:00:00.000Z');
    expect(await stored(cadreStream(cadreId))).toHaveLength(1);

    const state = async (query: string) => {
      const answer = await call<{
        state: { status: string };
        restsOn: { kind: string; state: { status: string } }[];
      }>(running.url, 'GET', `/audit/cases/${caseId}/state?${query}`, { token: auditor });
      expect(answer.status).toBe(200);
      const statusOf = (kind: string) =>
        answer.body.restsOn.find((stream) => stream.kind === kind)?.state.status;
      return {
        case: answer.body.state.status,
        post: statusOf('post'),
        duty: statusOf('duty'),
      };
    };
    // By business time: on 1 May the case was open, the post established, the duty assigned...
    expect(await state('asOf=2026-05-01&by=business')).toEqual({
      case: 'OPENED',
      post: 'ESTABLISHED',
      duty: 'ACTIVE',
    });
    // ...on 10 April the case was not open yet, though its failure had happened.
    expect((await state('asOf=2026-04-10&by=business')).case).toBe('NOT_OPENED');
    // By recorded time: on 1 May the system knew none of it.
    expect(await state('asOf=2026-05-01&by=recorded')).toEqual({
      case: 'NOT_OPENED',
      post: 'NOT_ESTABLISHED',
      duty: 'UNASSIGNED',
    });
    // A date alone is the END of that local day: on 25 May (Beijing) the case had been recorded.
    expect((await state('asOf=2026-05-25&by=recorded')).case).toBe('OPENED');
  });
});

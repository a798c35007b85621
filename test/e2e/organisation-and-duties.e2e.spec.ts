import { randomUUID } from 'node:crypto';
import { dutyStream } from '@dutyledger/domain';
import type { EventStore, RecordedEvent } from '@dutyledger/event-store';
import { EVENT_STORE } from '../../apps/api/src/platform/tokens';
import { type Answer, call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

/** The app's clock: business times after it are in the future. */
const NOW = new Date('2026-06-30T12:00:00Z');

const district = () => ({
  departmentId: randomUUID(),
  name: 'Riverside Municipal People’s Government',
  level: 'MUNICIPAL',
  kind: 'GOVERNMENT',
  industries: ['mining', 'construction'],
  supervisionAuthority: true,
});

const deputyHead = (departmentId: string) => ({
  postId: randomUUID(),
  departmentId,
  title: 'Deputy Mayor for Industry',
  rank: 'DEPUTY',
  businessScope: ['mining', 'construction'],
});

const cadre = (managingDepartmentId: string) => ({
  cadreId: randomUUID(),
  name: 'Li Wei',
  personnelNumber: `RS-${randomUUID().slice(0, 8)}`,
  managingDepartmentId,
});

const mineSafety = (postId: string) => ({
  dutyId: randomUUID(),
  postId,
  category: 'WORK_SAFETY',
  title: 'Monthly safety inspection of coal mines',
  principle: 'MANAGES_INDUSTRY',
  industries: ['mining'],
  cadence: 'MONTHLY',
  basis: 'Work Safety Law, art. 3; municipal duty list 2026',
});

const failure = (occurredAt: string) => ({
  failureId: randomUUID(),
  occurredAt,
  description: 'The April inspection of the Shaft 3 mine was not carried out',
  evidence: 'Inspection log for April 2026, page 4',
  adverseEffect: 'SERIOUS',
});

const fieldsOf = (answer: Answer): string[] =>
  (answer.body.fields as { field: string }[]).map((problem) => problem.field).sort();

describe('organisation and duties over HTTP', () => {
  let running: RunningApp;
  let admin: string;
  let caseworker: string;

  beforeAll(async () => {
    running = await startApp({ clock: () => NOW });
    admin = running.token('ADMIN');
    caseworker = running.token('CASEWORKER');
  });
  afterAll(() => running.stop());

  const post = (path: string, body: unknown, token = caseworker) =>
    call(running.url, 'POST', path, { token, body });

  const stored = (dutyId: string): Promise<RecordedEvent[]> =>
    running.app.get<EventStore>(EVENT_STORE).readStream(dutyStream(dutyId));

  /** A department with a post and a registered cadre, each created over HTTP. */
  async function organisation() {
    const department = district();
    expect((await post('/departments', department, admin)).status).toBe(201);
    const leading = deputyHead(department.departmentId);
    const established = await post('/posts', leading, admin);
    expect(established.status).toBe(201);
    expect(established.body).toMatchObject({ id: leading.postId, revision: '0' });
    const official = cadre(department.departmentId);
    const registered = await post('/cadres', official, admin);
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ id: official.cadreId, revision: '0' });
    return { departmentId: department.departmentId, postId: leading.postId, official };
  }

  async function safetyDuty(postId: string): Promise<string> {
    const duty = mineSafety(postId);
    const assigned = await post('/duties', duty);
    expect(assigned.status).toBe(201);
    expect(assigned.body).toMatchObject({ id: duty.dutyId, revision: '0' });
    return duty.dutyId;
  }

  describe('the happy paths', () => {
    it('records a failure with a serious adverse effect against the cadre who held the post', async () => {
      const { postId, official } = await organisation();
      const appointed = await post(
        `/posts/${postId}/appointments`,
        { cadreId: official.cadreId, effectiveFrom: '2026-01-01' },
        admin,
      );
      expect(appointed.status).toBe(201);
      expect(appointed.body).toMatchObject({ id: postId, revision: '1' });
      const dutyId = await safetyDuty(postId);

      const performance = {
        period: '2026-03',
        performedAt: '2026-03-28T09:30:00Z',
        evidence: 'Report 031',
      };
      const performed = await post(`/duties/${dutyId}/performances`, performance);
      expect(performed.status).toBe(201);
      expect(performed.body.revision).toBe('1');

      const failed = failure('2026-04-02T08:00:00Z');
      const recorded = await post(`/duties/${dutyId}/failures`, failed);
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({ id: failed.failureId, revision: '2' });

      const events = await stored(dutyId);
      expect(events.map((event) => event.type)).toEqual([
        'DutyAssigned',
        'DutyPerformanceRecorded',
        'FailureToPerformRecorded',
      ]);
      expect(events[1]?.data).toMatchObject({
        period: '2026-03',
        occurredAt: '2026-03-28T09:30:00Z',
      });
      expect(events[2]?.data).toEqual({
        failureId: failed.failureId,
        dutyId,
        postId,
        occurredAt: '2026-04-02T08:00:00Z',
        description: failed.description,
        evidence: failed.evidence,
        adverseEffect: 'SERIOUS',
        responsibleCadreId: official.cadreId,
        vacant: false,
      });
      expect(events[2]?.metadata.actor).toEqual({ id: 'caseworker-1', role: 'CASEWORKER' });
    });

    it('records a failure on a vacant post as vacant, and one before the relief against the holder', async () => {
      const { postId, official } = await organisation();
      await post(
        `/posts/${postId}/appointments`,
        { cadreId: official.cadreId, effectiveFrom: '2026-01-01' },
        admin,
      );
      const relieved = await post(
        `/posts/${postId}/reliefs`,
        { cadreId: official.cadreId, effectiveFrom: '2026-05-01', reason: 'Transferred' },
        admin,
      );
      expect(relieved.status).toBe(201);
      expect(relieved.body).toMatchObject({ id: postId, revision: '2' });
      const dutyId = await safetyDuty(postId);

      const whileVacant = await post(`/duties/${dutyId}/failures`, failure('2026-05-10T08:00:00Z'));
      const whileHeld = await post(`/duties/${dutyId}/failures`, failure('2026-04-30T23:59:59Z'));
      expect([whileVacant.status, whileHeld.status]).toEqual([201, 201]);

      const [, vacant, held] = await stored(dutyId);
      expect(vacant?.data).toMatchObject({ responsibleCadreId: null, vacant: true });
      expect(held?.data).toMatchObject({ responsibleCadreId: official.cadreId, vacant: false });
    });

    it('generates the ids it is not given', async () => {
      const { departmentId, postId } = await organisation();
      const { postId: _post, ...withoutId } = deputyHead(departmentId);
      const established = await post('/posts', withoutId, admin);
      expect(established.status).toBe(201);
      expect(established.body.id).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
      const { dutyId: _duty, ...duty } = mineSafety(postId);
      const assigned = await post('/duties', duty);
      expect(assigned.status).toBe(201);
      expect(assigned.body.id).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    });

    it('amends a duty with only what changed and revokes it, each saying why', async () => {
      const { postId } = await organisation();
      const dutyId = await safetyDuty(postId);
      const amended = await post(`/duties/${dutyId}/amendments`, {
        cadence: 'QUARTERLY',
        industries: ['mining', 'construction'],
        title: 'Monthly safety inspection of coal mines',
        reason: 'The 2026 plan inspects quarterly and adds construction',
      });
      expect(amended.status).toBe(201);
      expect(amended.body).toMatchObject({ id: dutyId, revision: '1' });
      const revoked = await post(`/duties/${dutyId}/revocation`, {
        reason: 'Mining moved to the emergency management bureau',
      });
      expect(revoked.status).toBe(201);
      expect(revoked.body).toMatchObject({ id: dutyId, revision: '2' });

      const [, amendment, revocation] = await stored(dutyId);
      expect(amendment?.type).toBe('DutyAmended');
      expect(amendment?.data).toEqual({
        dutyId,
        cadence: 'QUARTERLY',
        industries: ['mining', 'construction'],
        reason: 'The 2026 plan inspects quarterly and adds construction',
        occurredAt: NOW.toISOString(),
      });
      expect(revocation?.type).toBe('DutyRevoked');
      expect(revocation?.data.reason).toBe('Mining moved to the emergency management bureau');
    });
  });

  describe('establish post', () => {
    it('answers 400 naming every bad field', async () => {
      const answer = await post(
        '/posts',
        { departmentId: 'not-a-uuid', rank: 'CHIEF', businessScope: [] },
        admin,
      );
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['businessScope', 'departmentId', 'rank', 'title']);
    });

    it('answers 404 for an unknown department, 422 for a post established twice, 403 for a caseworker', async () => {
      const unknown = await post('/posts', deputyHead(randomUUID()), admin);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DEPARTMENT_NOT_FOUND');
      const { departmentId, postId } = await organisation();
      const twice = await post('/posts', { ...deputyHead(departmentId), postId }, admin);
      expect(twice.status).toBe(422);
      expect(twice.body.code).toBe('POST_ALREADY_ESTABLISHED');
      expect((await post('/posts', deputyHead(departmentId))).status).toBe(403);
    });
  });

  describe('register cadre', () => {
    it('answers 400 naming every bad field', async () => {
      const answer = await post('/cadres', { name: '', personnelNumber: '#1', extra: true }, admin);
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual([
        'extra',
        'managingDepartmentId',
        'name',
        'personnelNumber',
      ]);
    });

    it('answers 404 for an unknown department, 422 for a cadre registered twice, 403 for a caseworker', async () => {
      const unknown = await post('/cadres', cadre(randomUUID()), admin);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DEPARTMENT_NOT_FOUND');
      const { departmentId, official } = await organisation();
      const twice = await post('/cadres', official, admin);
      expect(twice.status).toBe(422);
      expect(twice.body.code).toBe('CADRE_ALREADY_REGISTERED');
      expect((await post('/cadres', cadre(departmentId))).status).toBe(403);
    });
  });

  describe('appoint cadre to post', () => {
    it('answers 400 for a bad post id in the path and for a bad effective date', async () => {
      const body = { cadreId: randomUUID(), effectiveFrom: '2026-01-01' };
      expect((await post('/posts/not-a-uuid/appointments', body, admin)).status).toBe(400);
      const answer = await post(
        `/posts/${randomUUID()}/appointments`,
        { cadreId: randomUUID(), effectiveFrom: '1 January 2026' },
        admin,
      );
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['effectiveFrom']);
    });

    it('answers 404 for an unknown cadre or post, 422 for a post already held, 403 for a caseworker', async () => {
      const { postId, official } = await organisation();
      const path = `/posts/${postId}/appointments`;
      const noCadre = await post(
        path,
        { cadreId: randomUUID(), effectiveFrom: '2026-01-01' },
        admin,
      );
      expect(noCadre.status).toBe(404);
      expect(noCadre.body.code).toBe('CADRE_NOT_FOUND');
      const body = { cadreId: official.cadreId, effectiveFrom: '2026-01-01' };
      const noPost = await post(`/posts/${randomUUID()}/appointments`, body, admin);
      expect(noPost.status).toBe(404);
      expect(noPost.body.code).toBe('POST_NOT_FOUND');
      expect((await post(path, body)).status).toBe(403);
      expect((await post(path, body, admin)).status).toBe(201);
      const again = await post(path, { ...body, effectiveFrom: '2026-02-01' }, admin);
      expect(again.status).toBe(422);
      expect(again.body.code).toBe('POST_ALREADY_HELD');
    });
  });

  describe('relieve cadre from post', () => {
    it('answers 400 naming the missing reason', async () => {
      const answer = await post(
        `/posts/${randomUUID()}/reliefs`,
        { cadreId: randomUUID(), effectiveFrom: '2026-05-01' },
        admin,
      );
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['reason']);
    });

    it('answers 404 for an unknown post, 422 for a cadre who does not hold it or no reason, 403 for a caseworker', async () => {
      const { postId, official } = await organisation();
      const body = { cadreId: official.cadreId, effectiveFrom: '2026-05-01', reason: 'Retired' };
      const noPost = await post(`/posts/${randomUUID()}/reliefs`, body, admin);
      expect(noPost.status).toBe(404);
      expect(noPost.body.code).toBe('POST_NOT_FOUND');
      const notHolder = await post(`/posts/${postId}/reliefs`, body, admin);
      expect(notHolder.status).toBe(422);
      expect(notHolder.body.code).toBe('CADRE_DOES_NOT_HOLD_POST');
      await post(
        `/posts/${postId}/appointments`,
        { cadreId: official.cadreId, effectiveFrom: '2026-01-01' },
        admin,
      );
      const blank = await post(`/posts/${postId}/reliefs`, { ...body, reason: '   ' }, admin);
      expect(blank.status).toBe(422);
      expect(blank.body.code).toBe('RELIEF_REASON_REQUIRED');
      expect((await post(`/posts/${postId}/reliefs`, body)).status).toBe(403);
    });
  });

  describe('assign duty', () => {
    it('answers 400 naming every bad field', async () => {
      const answer = await post('/duties', {
        ...mineSafety(randomUUID()),
        category: 'SAFETY',
        principle: 'WHOEVER',
        cadence: undefined,
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['cadence', 'category', 'principle']);
    });

    it('answers 404 for an unknown post, 422 for a safety duty citing no principle, 403 for an admin', async () => {
      const unknown = await post('/duties', mineSafety(randomUUID()));
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('POST_NOT_FOUND');
      const { postId } = await organisation();
      const { principle: _principle, ...noPrinciple } = mineSafety(postId);
      const refused = await post('/duties', noPrinciple);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('WORK_SAFETY_DUTY_PRINCIPLE_REQUIRED');
      expect((await post('/duties', mineSafety(postId), admin)).status).toBe(403);
    });
  });

  describe('amend duty', () => {
    it('answers 400 for a category (it never changes) and a missing reason', async () => {
      const answer = await post(`/duties/${randomUUID()}/amendments`, { category: 'BUSINESS' });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['category', 'reason']);
    });

    it('answers 404 for an unknown duty, 422 for an amendment that changes nothing, 403 for a viewer', async () => {
      const body = { cadence: 'MONTHLY', reason: 'Confirmed by the 2026 plan' };
      const unknown = await post(`/duties/${randomUUID()}/amendments`, body);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DUTY_NOT_FOUND');
      const { postId } = await organisation();
      const dutyId = await safetyDuty(postId);
      const nothing = await post(`/duties/${dutyId}/amendments`, body);
      expect(nothing.status).toBe(422);
      expect(nothing.body.code).toBe('DUTY_AMENDMENT_CHANGES_NOTHING');
      const viewer = running.token('VIEWER');
      const forbidden = await post(
        `/duties/${dutyId}/amendments`,
        { ...body, cadence: 'ANNUAL' },
        viewer,
      );
      expect(forbidden.status).toBe(403);
    });
  });

  describe('revoke duty', () => {
    it('answers 400 naming the missing reason', async () => {
      const answer = await post(`/duties/${randomUUID()}/revocation`, {});
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['reason']);
    });

    it('answers 404 for an unknown duty, 422 for a duty already revoked, 403 for an admin', async () => {
      const body = { reason: 'No longer in the duty list' };
      const unknown = await post(`/duties/${randomUUID()}/revocation`, body);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DUTY_NOT_FOUND');
      const { postId } = await organisation();
      const dutyId = await safetyDuty(postId);
      expect((await post(`/duties/${dutyId}/revocation`, body, admin)).status).toBe(403);
      expect((await post(`/duties/${dutyId}/revocation`, body)).status).toBe(201);
      const again = await post(`/duties/${dutyId}/revocation`, body);
      expect(again.status).toBe(422);
      expect(again.body.code).toBe('DUTY_REVOKED');
    });
  });

  describe('record duty performance', () => {
    it('answers 400 naming every bad field', async () => {
      const answer = await post(`/duties/${randomUUID()}/performances`, {
        period: 'March',
        performedAt: 'yesterday',
        evidence: '',
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['evidence', 'performedAt', 'period']);
    });

    it('answers 404 for an unknown duty, 422 for a period off the cadence or recorded twice, 403 for an admin', async () => {
      const performance = { period: '2026-03', performedAt: '2026-03-28', evidence: 'Report 031' };
      const unknown = await post(`/duties/${randomUUID()}/performances`, performance);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DUTY_NOT_FOUND');
      const { postId } = await organisation();
      const path = `/duties/${await safetyDuty(postId)}/performances`;
      const yearly = await post(path, { ...performance, period: '2026' });
      expect(yearly.status).toBe(422);
      expect(yearly.body.code).toBe('PERFORMANCE_PERIOD_CADENCE_MISMATCH');
      expect((await post(path, performance, admin)).status).toBe(403);
      expect((await post(path, performance)).status).toBe(201);
      const twice = await post(path, performance);
      expect(twice.status).toBe(422);
      expect(twice.body.code).toBe('PERFORMANCE_PERIOD_ALREADY_RECORDED');
    });
  });

  describe('record failure to perform', () => {
    it('answers 400 naming every bad field, and never takes the responsible cadre from the body', async () => {
      const answer = await post(`/duties/${randomUUID()}/failures`, {
        ...failure('2026-04-02'),
        adverseEffect: 'CATASTROPHIC',
        responsibleCadreId: randomUUID(),
      });
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual(['adverseEffect', 'responsibleCadreId']);
    });

    it('answers 404 for an unknown duty, 422 for a failure in the future, 403 for an admin', async () => {
      const unknown = await post(`/duties/${randomUUID()}/failures`, failure('2026-04-02'));
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DUTY_NOT_FOUND');
      const { postId } = await organisation();
      const path = `/duties/${await safetyDuty(postId)}/failures`;
      const future = await post(path, failure('2026-07-15T08:00:00Z'));
      expect(future.status).toBe(422);
      expect(future.body.code).toBe('FAILURE_IN_FUTURE');
      expect((await post(path, failure('2026-04-02'), admin)).status).toBe(403);
    });
  });
});

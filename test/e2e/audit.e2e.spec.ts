import { randomUUID } from 'node:crypto';
import type { Answer } from '../support/http';
import { type AuditStory, DAYS, auditSuite } from './audit-fixtures';

interface StreamAsOf {
  stream: string;
  kind: string;
  state: Record<string, unknown>;
  eventIds: string[];
}

interface CaseAsOf {
  caseId: string;
  cut: Record<string, string | null>;
  state: Record<string, unknown>;
  eventIds: string[];
  restsOn: StreamAsOf[];
}

describe('auditors: the case as of a moment, by business time and by recorded time', () => {
  const suite = auditSuite();
  let story: AuditStory;

  beforeAll(async () => {
    story = await suite.appealedAndReopenedCase('Monthly hazard inspections were not carried out');
  });

  async function asOf(day: number, by: 'business' | 'recorded'): Promise<CaseAsOf> {
    const at = encodeURIComponent(suite.clock.day(day));
    const answer = await suite.get(`/audit/cases/${story.caseId}/state?asOf=${at}&by=${by}`);
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status: 200 });
    return answer.body as unknown as CaseAsOf;
  }

  const duty = (answer: CaseAsOf): StreamAsOf => {
    const found = answer.restsOn.find((stream) => stream.kind === 'duty');
    if (!found) throw new Error('the duty stream is not among the streams the case rests on');
    return found;
  };

  it('day 20: the failure had happened (day 5) but was not recorded until day 40, so the two answers differ', async () => {
    const business = await asOf(20, 'business');
    const recorded = await asOf(20, 'recorded');
    // The case did not exist yet, either way.
    expect(business.state).toEqual({ status: 'NOT_OPENED' });
    expect(recorded.state).toEqual({ status: 'NOT_OPENED' });
    expect(business.eventIds).toEqual([]);
    // By business time the duty had been failed on day 5: what had happened by day 20.
    expect(duty(business).state).toMatchObject({ status: 'ACTIVE', failureIds: [story.failureId] });
    // By recorded time nobody knew of it on day 20: the record of day 40 is left out.
    expect(duty(recorded).state).toMatchObject({ status: 'ACTIVE', failureIds: [] });
    expect(duty(business).eventIds).toHaveLength(2);
    expect(duty(recorded).eventIds).toHaveLength(1);
    expect(duty(business).eventIds.slice(0, 1)).toEqual(duty(recorded).eventIds);
  });

  it('day 47: under investigation, the failure cited as grounds, no finding yet', async () => {
    for (const by of ['business', 'recorded'] as const) {
      const answer = await asOf(47, by);
      expect(answer.state).toMatchObject({
        status: 'UNDER_INVESTIGATION',
        subjects: [story.subject],
        investigatorId: 'supervisor-investigating',
        findings: {},
        sanctions: [],
      });
      expect(answer.state.grounds).toMatchObject({
        failures: [{ failureId: story.failureId, responsibleCadreId: story.subject.cadreId }],
      });
      expect(duty(answer).state).toMatchObject({ failureIds: [story.failureId] });
    }
  });

  it('day 62: appealed, the original sanction still in force while the appeal is pending', async () => {
    const answer = await asOf(62, 'recorded');
    expect(answer.state).toMatchObject({
      status: 'APPEALED',
      sanctions: [{ sanctionId: story.sanctionId, sanction: 'CIRCULATED_CRITICISM' }],
      appeals: [{ appealId: story.appealId, outcome: null }],
    });
    expect(await asOf(62, 'business')).toEqual({
      ...answer,
      cut: { ...answer.cut, by: 'business' },
    });
  });

  it('day 80: closed, the sanction changed on appeal', async () => {
    const answer = await asOf(80, 'business');
    expect(answer.state).toMatchObject({
      status: 'CLOSED',
      sanctions: [
        {
          sanctionId: story.sanctionId,
          sanction: 'ADMONISHMENT_TALK',
          changedByAppealId: story.appealId,
        },
      ],
      appeals: [{ appealId: story.appealId, outcome: 'SANCTION_CHANGED' }],
      reopenCount: 0,
    });
  });

  it('day 95: reopened, with the history before the reopening as it was', async () => {
    const answer = await asOf(95, 'recorded');
    expect(answer.state).toMatchObject({
      status: 'REOPENED',
      reopenCount: 1,
      closedAt: null,
      findings: { [story.subject.cadreId]: { responsible: true, round: 0 } },
      sanctions: [{ sanction: 'ADMONISHMENT_TALK' }],
    });
    const full = await suite.get(`/audit/cases/${story.caseId}/history?pageSize=100`);
    const caseEvents = (full.body.items as { stream: string; id: string }[]).filter(
      (event) => event.stream === `case-${story.caseId}`,
    );
    expect(answer.eventIds).toEqual(caseEvents.map((event) => event.id));
  });

  it('folds the case stream up to a revision, and the other streams up to that event’s position', async () => {
    const history = await suite.get(`/audit/cases/${story.caseId}/history?pageSize=100`);
    const items = history.body.items as { type: string; revision: string; position: string }[];
    const decided = items.find((event) => event.type === 'CaseDecided');
    if (!decided) throw new Error('no CaseDecided in the history');
    const answer = await suite.get(
      `/audit/cases/${story.caseId}/state?revision=${decided.revision}`,
    );
    expect(answer.status).toBe(200);
    const body = answer.body as unknown as CaseAsOf;
    expect(body.cut).toEqual({
      by: 'revision',
      asOf: null,
      revision: decided.revision,
      position: decided.position,
    });
    expect(body.state).toMatchObject({ status: 'DECIDED', appeals: [] });
    expect(body.eventIds).toHaveLength(Number(decided.revision) + 1);
    expect(duty(body).state).toMatchObject({ failureIds: [story.failureId] });
  });

  describe('refuses a cut that is not exactly one of asOf and revision, naming the field', () => {
    const fields = (answer: Answer) =>
      (answer.body.fields as { field: string }[]).map((problem) => problem.field).sort();

    it.each([
      ['neither', '', ['asOf', 'revision']],
      ['both', '?asOf=2026-01-01&revision=1', ['asOf', 'revision']],
      ['by with a revision', '?revision=1&by=recorded', ['by']],
      ['a time without a zone', '?asOf=2026-01-01T10:00:00', ['asOf']],
      ['an unknown basis', '?asOf=2026-01-01&by=decided', ['by']],
      ['a negative revision', '?revision=-1', ['revision']],
      ['a revision past the head', '?revision=999', ['revision']],
    ])('%s', async (_name, query, named) => {
      const answer = await suite.get(`/audit/cases/${story.caseId}/state${query}`);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(fields(answer)).toEqual(named);
    });
  });

  it('answers 404 for a case that does not exist', async () => {
    const answer = await suite.get(`/audit/cases/${randomUUID()}/state?asOf=2026-01-01`);
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('CASE_NOT_FOUND');
  });

  describe('the full history', () => {
    it('holds every event of the case and of every stream it rests on, in global order, with complete envelopes', async () => {
      const answer = await suite.get(`/audit/cases/${story.caseId}/history?pageSize=100`);
      expect(answer.status).toBe(200);
      const streams = (answer.body.streams as { stream: string; kind: string }[]).map(
        (entry) => entry.kind,
      );
      expect(streams).toEqual(['case', 'department', 'post', 'cadre', 'duty']);
      const items = answer.body.items as {
        stream: string;
        position: string;
        revision: string;
        type: string;
        metadata: Record<string, unknown>;
      }[];
      expect(answer.body.total).toBe(items.length);
      const positions = items.map((event) => BigInt(event.position));
      expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(items.map((event) => event.stream))).toEqual(
        new Set([
          `case-${story.caseId}`,
          `duty-${story.dutyId}`,
          `post-${story.subject.postId}`,
          `cadre-${story.subject.cadreId}`,
          ...items.filter((event) => event.stream.startsWith('department-')).map((e) => e.stream),
        ]),
      );
      const failure = items.find((event) => event.type === 'FailureToPerformRecorded');
      expect(failure).toMatchObject({
        id: expect.any(String) as unknown,
        schemaVersion: 2,
        stream: `duty-${story.dutyId}`,
        revision: '1',
        position: expect.stringMatching(/^\d+$/) as unknown,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
        previousHash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
        data: { failureId: story.failureId, occurredAt: suite.clock.day(DAYS.failureHappened) },
        metadata: {
          actor: { id: 'caseworker-1', role: 'CASEWORKER' },
          correlationId: expect.any(String) as unknown,
          causationId: expect.any(String) as unknown,
          occurredAt: suite.clock.day(DAYS.failureHappened),
          recordedAt: suite.clock.day(DAYS.failureRecorded),
        },
      });
    });

    it('pages through the same events', async () => {
      const whole = await suite.get(`/audit/cases/${story.caseId}/history?pageSize=100`);
      const ids = (whole.body.items as { id: string }[]).map((event) => event.id);
      const first = await suite.get(`/audit/cases/${story.caseId}/history?page=1&pageSize=5`);
      const second = await suite.get(`/audit/cases/${story.caseId}/history?page=2&pageSize=5`);
      expect(first.body).toMatchObject({ page: 1, pageSize: 5, total: ids.length });
      expect((first.body.items as { id: string }[]).map((event) => event.id)).toEqual(
        ids.slice(0, 5),
      );
      expect((second.body.items as { id: string }[]).map((event) => event.id)).toEqual(
        ids.slice(5, 10),
      );
      const tooBig = await suite.get(`/audit/cases/${story.caseId}/history?pageSize=101`);
      expect(tooBig.status).toBe(400);
    });

    it('answers 404 for an unknown case and 403 to a caseworker', async () => {
      expect((await suite.get(`/audit/cases/${randomUUID()}/history`)).status).toBe(404);
      const caseworker = suite.app.token('CASEWORKER');
      expect((await suite.get(`/audit/cases/${story.caseId}/history`, caseworker)).status).toBe(
        403,
      );
    });
  });
});

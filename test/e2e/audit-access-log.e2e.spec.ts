import { POSTGRES_TEST_URL } from '../support/postgres';
import { type AuditStory, auditSuite } from './audit-fixtures';

interface Entry {
  eventId: string;
  readerId: string;
  readerRole: string;
  endpoint: string;
  caseId: string | null;
  stream: string | null;
  query: string;
  readAt: string;
}

const ENGINES: ('sqlite' | 'postgres')[] = POSTGRES_TEST_URL ? ['sqlite', 'postgres'] : ['sqlite'];

describe.each(ENGINES)('auditors of auditors: the access log (read models on %s)', (engine) => {
  const suite = auditSuite({ postgres: engine === 'postgres' });
  let story: AuditStory;
  const auditor = () => suite.auditor('auditor-anna');
  const admin = () => suite.app.token('ADMIN', 'admin-bo');

  beforeAll(async () => {
    story = await suite.appealedAndReopenedCase('Inspections were skipped');
    const { caseId } = story;
    const at = encodeURIComponent(suite.clock.day(47));
    expect((await suite.get(`/audit/cases/${caseId}/history?pageSize=10`, auditor())).status).toBe(
      200,
    );
    expect(
      (await suite.get(`/audit/cases/${caseId}/state?asOf=${at}&by=recorded`, auditor())).status,
    ).toBe(200);
    expect((await suite.text(`/audit/cases/${caseId}/report`, auditor())).status).toBe(200);
    expect((await suite.text(`/audit/cases/${caseId}/bundle`, admin())).status).toBe(200);
    expect((await suite.get(`/audit/verify?stream=case-${caseId}`, auditor())).status).toBe(200);
    await suite.projectedAll();
  });

  const list = async (query: string, token = suite.auditor('auditor-of-auditors')) => {
    const answer = await suite.get(`/audit/access-log${query}`, token);
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status: 200 });
    return answer.body as { items: Entry[]; total: number; page: number; pageSize: number };
  };

  it('records who read which case, through which endpoint and when, newest first', async () => {
    const page = await list(`?subject=auditor-anna&caseId=${story.caseId}`);
    expect(page.total).toBe(3);
    expect(page.items).toEqual([
      expect.objectContaining({ endpoint: 'case-report', query: '' }),
      expect.objectContaining({
        endpoint: 'case-state',
        query: `asOf=${encodeURIComponent(suite.clock.day(47))}&by=recorded`,
      }),
      expect.objectContaining({ endpoint: 'case-history', query: 'page=1&pageSize=10' }),
    ]);
    for (const entry of page.items) {
      expect(entry).toMatchObject({
        readerId: 'auditor-anna',
        readerRole: 'AUDITOR',
        caseId: story.caseId,
        readAt: suite.clock.day(90),
      });
    }
  });

  it('filters by case and by subject', async () => {
    const ofCase = await list(`?caseId=${story.caseId}`);
    expect(ofCase.items.map((entry) => entry.readerId).sort()).toEqual([
      'admin-bo',
      'auditor-anna',
      'auditor-anna',
      'auditor-anna',
    ]);
    expect(ofCase.items.find((entry) => entry.readerId === 'admin-bo')).toMatchObject({
      readerRole: 'ADMIN',
      endpoint: 'case-bundle',
    });
    const verified = await list('?subject=auditor-anna&pageSize=1');
    expect(verified).toMatchObject({ total: 4, pageSize: 1 });
    expect(verified.items).toEqual([
      expect.objectContaining({ endpoint: 'verify', caseId: null, stream: `case-${story.caseId}` }),
    ]);
  });

  it('keeps each read as an event of the day’s access-log stream, hash-chained like any other', async () => {
    const stream = `access-log-${suite.clock.day(90).slice(0, 10)}`;
    const events = await suite.store.readStream(stream);
    expect(events.map((event) => event.type)).toEqual(Array(5).fill('AuditRecordRead'));
    expect(events[0]?.metadata.actor).toEqual({ id: 'auditor-anna', role: 'AUDITOR' });
    const verified = await suite.get(`/audit/verify?stream=${stream}`);
    expect(verified.body).toMatchObject({ ok: true, eventsChecked: 5 });
  });

  it('is only for AUDITOR and ADMIN, with bounded pages and checked filters', async () => {
    for (const role of ['CASEWORKER', 'SUPERVISOR', 'VIEWER'] as const) {
      expect((await suite.get('/audit/access-log', suite.app.token(role))).status).toBe(403);
    }
    await list('', admin());
    const bad = await suite.get('/audit/access-log?pageSize=101&caseId=nope');
    expect(bad.status).toBe(400);
    expect((bad.body.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'caseId',
      'pageSize',
    ]);
  });
});

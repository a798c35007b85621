import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { AccessLogRow } from './access-log-row.entity';
import { accessLogProjection } from './access-log.projection';
import { listAccessLog } from './access-log.query';

const CASE_A = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';
const CASE_B = '7a2d3b5f-9c4e-4d6f-8a81-2b3c4d5e6f70';

function read(log: EventLog, readerId: string, endpoint: string, caseId: string | null) {
  return log.record(
    'AuditRecordRead',
    {
      readerId,
      readerRole: 'AUDITOR',
      endpoint,
      caseId,
      stream: caseId === null ? 'case-x' : null,
      query: caseId === null ? '' : 'page=1&pageSize=20',
      occurredAt: '2026-07-01T08:00:00.000Z',
    },
    { stream: 'access-log-2026-07-01', actor: { id: readerId, role: 'AUDITOR' } },
  );
}

describeReadModels('access log projection', ({ fresh }) => {
  it('given AuditRecordRead events, then one row per read, keyed by event id', async () => {
    const log = new EventLog();
    const first = read(log, 'auditor-1', 'case-history', CASE_A);
    const dataSource = await fresh();
    await project(dataSource, accessLogProjection, log.events);
    await project(dataSource, accessLogProjection, log.events);
    expect(await dataSource.getRepository(AccessLogRow).find()).toEqual([
      {
        eventId: first.id,
        position: first.position,
        readAt: '2026-07-01T08:00:00.000Z',
        readerId: 'auditor-1',
        readerRole: 'AUDITOR',
        endpoint: 'case-history',
        caseId: CASE_A,
        stream: null,
        query: 'page=1&pageSize=20',
      },
    ]);
  });

  it('lists newest first, filtered by subject and case, a page at a time', async () => {
    const log = new EventLog();
    read(log, 'auditor-1', 'case-history', CASE_A);
    read(log, 'auditor-2', 'case-state', CASE_A);
    read(log, 'auditor-1', 'case-report', CASE_B);
    read(log, 'auditor-1', 'verify', null);
    const dataSource = await fresh();
    await project(dataSource, accessLogProjection, log.events);
    const all = await listAccessLog(dataSource, { skip: 0, take: 10 });
    expect(all.total).toBe(4);
    expect(all.rows.map((row) => row.endpoint)).toEqual([
      'verify',
      'case-report',
      'case-state',
      'case-history',
    ]);
    const mine = await listAccessLog(dataSource, { subject: 'auditor-1', skip: 1, take: 1 });
    expect({ total: mine.total, endpoints: mine.rows.map((row) => row.endpoint) }).toEqual({
      total: 3,
      endpoints: ['case-report'],
    });
    const ofCase = await listAccessLog(dataSource, { caseId: CASE_A, skip: 0, take: 10 });
    expect(ofCase.rows.map((row) => row.readerId)).toEqual(['auditor-2', 'auditor-1']);
  });
});

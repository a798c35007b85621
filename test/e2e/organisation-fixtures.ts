import { randomUUID } from 'node:crypto';
import { dutyStream } from '@dutyledger/domain';
import type { EventStore, RecordedEvent } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import { type Answer, call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

/** The app's clock: business times after it are in the future. */
export const NOW = new Date('2026-06-30T12:00:00Z');

export const district = () => ({
  departmentId: randomUUID(),
  name: 'Riverside Municipal People’s Government',
  level: 'MUNICIPAL',
  kind: 'GOVERNMENT',
  industries: ['mining', 'construction'],
  supervisionAuthority: true,
  effectiveFrom: '2020-01-01',
});

export const deputyHead = (departmentId: string) => ({
  postId: randomUUID(),
  departmentId,
  title: 'Deputy Mayor for Industry',
  rank: 'DEPUTY',
  businessScope: ['mining', 'construction'],
  effectiveFrom: '2020-01-01',
});

export const cadre = (managingDepartmentId: string) => ({
  cadreId: randomUUID(),
  name: 'Li Wei',
  personnelNumber: `RS-${randomUUID().slice(0, 8)}`,
  managingDepartmentId,
});

export const mineSafety = (postId: string) => ({
  dutyId: randomUUID(),
  postId,
  category: 'WORK_SAFETY',
  title: 'Monthly safety inspection of coal mines',
  principle: 'MANAGES_INDUSTRY',
  industries: ['mining'],
  cadence: 'MONTHLY',
  basis: 'Work Safety Law, art. 3; municipal duty list 2026',
  effectiveFrom: '2025-01-01',
});

export const failure = (occurredAt: string) => ({
  failureId: randomUUID(),
  occurredAt,
  kind: 'INSPECTION_NOT_ORGANISED',
  description: 'The April inspection of the Shaft 3 mine was not carried out',
  evidence: 'Inspection log for April 2026, page 4',
  adverseEffect: 'SERIOUS',
});

export const fieldsOf = (answer: Answer): string[] =>
  (answer.body.fields as { field: string }[]).map((problem) => problem.field).sort();

/** An app on a fixed clock for one suite, and the organisation it builds over HTTP. */
export class OrganisationSuite {
  running: RunningApp | undefined;
  admin = '';
  caseworker = '';

  get app(): RunningApp {
    if (!this.running) throw new Error('the suite has not started');
    return this.running;
  }

  post = (path: string, body: unknown, token = this.caseworker): Promise<Answer> =>
    call(this.app.url, 'POST', path, { token, body });

  stored = (dutyId: string): Promise<RecordedEvent[]> =>
    this.app.app.get<EventStore>(EVENT_STORE).readStream(dutyStream(dutyId));

  /** A department with a post and a registered cadre, each created over HTTP. */
  organisation = async () => {
    const department = district();
    expect((await this.post('/departments', department, this.admin)).status).toBe(201);
    const leading = deputyHead(department.departmentId);
    const established = await this.post('/posts', leading, this.admin);
    expect(established.status).toBe(201);
    expect(established.body).toMatchObject({ id: leading.postId, revision: '0' });
    const official = cadre(department.departmentId);
    const registered = await this.post('/cadres', official, this.admin);
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ id: official.cadreId, revision: '0' });
    return { departmentId: department.departmentId, postId: leading.postId, official };
  };

  safetyDuty = async (postId: string): Promise<string> => {
    const duty = mineSafety(postId);
    const assigned = await this.post('/duties', duty);
    expect(assigned.status).toBe(201);
    expect(assigned.body).toMatchObject({ id: duty.dutyId, revision: '0' });
    return duty.dutyId;
  };
}

/** Call at the top of a describe block: starts the app before its tests and stops it after. */
export function organisationSuite(): OrganisationSuite {
  const suite = new OrganisationSuite();
  beforeAll(async () => {
    suite.running = await startApp({ clock: () => NOW });
    suite.admin = suite.running.token('ADMIN');
    suite.caseworker = suite.running.token('CASEWORKER');
  });
  afterAll(() => suite.running?.stop());
  return suite;
}

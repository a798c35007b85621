import { randomUUID } from 'node:crypto';
import type { EventStore, ProposedEvent } from '@dutyledger/event-store';
import { domainCodec } from '@dutyledger/ledger';
import { EVENT_STORE, backfillReservations } from '@dutyledger/wiring';
import { type Answer, call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';
import { ACTORS, caseTokens, daysAgo } from './case-fixtures';

/**
 * Stores written before business times, hearing notices and measures in one order keep loading,
 * verifying, projecting and taking commands: events in the shapes the earlier version wrote
 * (schema version 1 of FailureToPerformRecorded, CadreAppointedToPost, FindingRecorded,
 * CaseDecided and AppealDecided) are appended as they were, then read back through the api.
 */
const actor = (id: string, role: string) => ({ id, role });
const ADMIN = actor('admin-1', 'ADMIN');
const CASEWORKER = actor('caseworker-1', 'CASEWORKER');
const INVESTIGATOR = actor(ACTORS.investigator, 'SUPERVISOR');
const DECIDER = actor(ACTORS.decider, 'SUPERVISOR');

function stored(
  type: string,
  schemaVersion: number,
  data: Record<string, unknown>,
  who: { id: string; role: string },
): ProposedEvent {
  const occurredAt = String(data.occurredAt);
  return {
    id: randomUUID(),
    type,
    schemaVersion,
    data,
    metadata: {
      actor: who,
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt,
      recordedAt: occurredAt,
    },
  };
}

describe('a store written by the earlier version', () => {
  let running: RunningApp;
  const ids = {
    department: randomUUID(),
    post: randomUUID(),
    cadre: randomUUID(),
    duty: randomUUID(),
    failure: randomUUID(),
    case: randomUUID(),
    sanction: randomUUID(),
    appeal: randomUUID(),
  };

  beforeAll(async () => {
    running = await startApp();
    const store = running.app.get<EventStore>(EVENT_STORE);
    const at = (days: number) => daysAgo(days);
    await store.append(
      `department-${ids.department}`,
      [
        stored(
          'DepartmentRegistered',
          1,
          {
            departmentId: ids.department,
            name: 'Riverside Municipal People’s Government',
            level: 'MUNICIPAL',
            kind: 'GOVERNMENT',
            parentId: null,
            industries: ['mining'],
            supervisionAuthority: true,
            occurredAt: at(900),
          },
          ADMIN,
        ),
      ],
      'no_stream',
    );
    await store.append(
      `cadre-${ids.cadre}`,
      [
        stored(
          'CadreRegistered',
          1,
          {
            cadreId: ids.cadre,
            name: 'Sun Li',
            personnelNumber: `OLD-${ids.cadre.slice(0, 6)}`,
            managingDepartmentId: ids.department,
            occurredAt: at(800),
          },
          ADMIN,
        ),
      ],
      'no_stream',
    );
    await store.append(
      `post-${ids.post}`,
      [
        stored(
          'PostEstablished',
          1,
          {
            postId: ids.post,
            departmentId: ids.department,
            title: 'Deputy Mayor (mining)',
            rank: 'DEPUTY',
            businessScope: ['mining'],
            occurredAt: at(800),
          },
          ADMIN,
        ),
        // v1: no eligibility override
        stored(
          'CadreAppointedToPost',
          1,
          {
            postId: ids.post,
            cadreId: ids.cadre,
            effectiveFrom: at(700),
            occurredAt: at(700),
          },
          ADMIN,
        ),
      ],
      'no_stream',
    );
    await store.append(
      `duty-${ids.duty}`,
      [
        stored(
          'DutyAssigned',
          1,
          {
            dutyId: ids.duty,
            postId: ids.post,
            category: 'WORK_SAFETY',
            title: 'Monthly inspection of the mines',
            principle: 'MANAGES_INDUSTRY',
            industries: ['mining'],
            cadence: 'MONTHLY',
            basis: 'Work Safety Law, art. 3',
            occurredAt: at(600),
          },
          CASEWORKER,
        ),
        // v1: no kind, no safety impact
        stored(
          'FailureToPerformRecorded',
          1,
          {
            failureId: ids.failure,
            dutyId: ids.duty,
            postId: ids.post,
            occurredAt: at(60),
            description: 'The monthly inspection was skipped',
            evidence: 'Register',
            adverseEffect: 'SERIOUS',
            responsibleCadreId: ids.cadre,
            vacant: false,
          },
          CASEWORKER,
        ),
      ],
      'no_stream',
    );
    const onCase = (days: number) => ({ caseId: ids.case, occurredAt: at(days) });
    await store.append(
      `case-${ids.case}`,
      [
        stored(
          'CaseOpened',
          1,
          {
            ...onCase(50),
            kind: 'PRE_ACCIDENT',
            openedByDepartmentId: ids.department,
            summary: 'Inspections skipped',
          },
          CASEWORKER,
        ),
        stored(
          'CaseSubjectNamed',
          1,
          { ...onCase(50), cadreId: ids.cadre, postId: ids.post },
          CASEWORKER,
        ),
        stored(
          'FailureCited',
          1,
          {
            ...onCase(50),
            failureId: ids.failure,
            dutyId: ids.duty,
            postId: ids.post,
            failureOccurredAt: at(60),
            adverseEffect: 'SERIOUS',
            responsibleCadreId: ids.cadre,
          },
          CASEWORKER,
        ),
        stored(
          'InvestigatorAssigned',
          1,
          { ...onCase(49), investigatorId: ACTORS.investigator, previousInvestigatorId: null },
          CASEWORKER,
        ),
        stored(
          'InvestigationStarted',
          1,
          { ...onCase(49), investigatorId: ACTORS.investigator },
          CASEWORKER,
        ),
        stored(
          'SubjectStatementRecorded',
          1,
          { ...onCase(45), cadreId: ids.cadre, statement: 'The inspectors were on leave' },
          CASEWORKER,
        ),
        // v1: heardBeforeFinding, no recorder, no circumstances
        stored(
          'FindingRecorded',
          1,
          {
            ...onCase(40),
            cadreId: ids.cadre,
            responsible: true,
            responsibilityKind: 'DIRECT',
            reasoning: 'The duty was the post’s',
            heardBeforeFinding: true,
          },
          INVESTIGATOR,
        ),
        stored(
          'SanctionDecided',
          1,
          {
            ...onCase(35),
            sanctionId: ids.sanction,
            cadreId: ids.cadre,
            sanction: 'CIRCULATED_CRITICISM',
            decidedBy: ACTORS.decider,
          },
          DECIDER,
        ),
        // v1: no decidedBy
        stored(
          'CaseDecided',
          1,
          {
            ...onCase(10),
            appealWindowClosesAt: new Date(Date.parse(at(10)) + 30 * 86_400_000).toISOString(),
          },
          DECIDER,
        ),
        stored(
          'AppealFiled',
          1,
          {
            ...onCase(5),
            appealId: ids.appeal,
            cadreId: ids.cadre,
            sanctionId: ids.sanction,
            grounds: 'The leave was approved',
          },
          CASEWORKER,
        ),
      ],
      'no_stream',
    );
    const [head] = await store.readAll({ direction: 'backwards', maxCount: 1 });
    await running.projected(String(head?.position ?? 0n));
  });
  afterAll(() => running.stop());

  const post = (token: string, path: string, body: unknown): Promise<Answer> =>
    call(running.url, 'POST', path, { token, body });

  it('still verifies: every hash chain intact', async () => {
    const verified = await call(running.url, 'GET', '/audit/verify', {
      token: running.token('AUDITOR'),
    });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true, firstBreak: null });
  });

  it('reads the old events as their current versions: recorder and decider from the envelope', async () => {
    const history = await call<{ items: { type: string; schemaVersion: number }[] }>(
      running.url,
      'GET',
      `/audit/cases/${ids.case}/history?pageSize=100`,
      { token: running.token('AUDITOR') },
    );
    expect(history.status).toBe(200);
    // History shows events as stored...
    expect(
      history.body.items.find((event) => event.type === 'FindingRecorded')?.schemaVersion,
    ).toBe(1);
    // ...the case state folds them upcast.
    const state = await call<{ state: Record<string, unknown> }>(
      running.url,
      'GET',
      `/audit/cases/${ids.case}/state?asOf=${encodeURIComponent(new Date().toISOString())}`,
      { token: running.token('AUDITOR') },
    );
    expect(state.status).toBe(200);
    expect(state.body.state).toMatchObject({
      status: 'APPEALED',
      findings: {
        [ids.cadre]: { hearing: 'STATEMENT', recordedBy: ACTORS.investigator, aggravating: [] },
      },
      participants: { caseDeciders: [ACTORS.decider] },
    });
  });

  it('projects the old events into today’s read models', async () => {
    const auditor = running.token('AUDITOR');
    const header = await call(running.url, 'GET', `/cases/${ids.case}`, { token: auditor });
    expect(header.status).toBe(200);
    expect(header.body).toMatchObject({
      status: 'APPEALED',
      findings: [{ cadreId: ids.cadre, hearing: 'STATEMENT', recordedBy: ACTORS.investigator }],
    });
    const cadre = await call<{ failures: Record<string, unknown>[]; posts: unknown[] }>(
      running.url,
      'GET',
      `/cadres/${ids.cadre}`,
      { token: auditor },
    );
    expect(cadre.status).toBe(200);
    expect(cadre.body.failures).toEqual([
      expect.objectContaining({ failureId: ids.failure, kind: 'OTHER', workSafety: true }),
    ]);
    expect(cadre.body.posts).toEqual([
      expect.objectContaining({ postId: ids.post, eligibilityOverride: null }),
    ]);
    const parked = await call<{ projections: { parked: number }[] }>(
      running.url,
      'GET',
      '/projections',
      { token: auditor },
    );
    expect(parked.body.projections.map((projection) => projection.parked)).toEqual(
      parked.body.projections.map(() => 0),
    );
  });

  it('takes commands on the old streams under the new rules', async () => {
    const tokens = caseTokens(running);
    const decision = { appealId: ids.appeal, outcome: 'UPHELD', reasoning: 'The duty stood' };
    // The v1 decision's actor decided the case: not the one to decide its appeal.
    const byDecider = await post(tokens.decider, `/cases/${ids.case}/appeal-decisions`, decision);
    expect(byDecider.body.code).toBe('APPEAL_DECIDED_BY_PARTICIPANT');
    const upheld = await post(tokens.appealBoard, `/cases/${ids.case}/appeal-decisions`, decision);
    expect(upheld.status).toBe(201);

    // The old case reserved nothing; after the backfill its grounds are its own: a second open
    // case against its subject on its failure is refused. The v1 failure (on a work-safety duty)
    // is read as a work-safety failure, so only that rule stops it.
    const store = running.app.get<EventStore>(EVENT_STORE);
    expect(await backfillReservations(store, domainCodec())).toMatchObject({
      reserved: 5, // the personnel number, the failure, the sanction, the appeal, the grounds
      alreadyReserved: 0,
    });
    expect(await backfillReservations(store, domainCodec())).toMatchObject({
      reserved: 0,
      alreadyReserved: 5,
    });
    const again = await post(tokens.caseworker, '/cases', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: ids.department,
      subjects: [{ cadreId: ids.cadre, postId: ids.post }],
      failures: [{ dutyId: ids.duty, failureId: ids.failure }],
      summary: 'Inspections skipped',
    });
    expect(again.body).toMatchObject({ code: 'DUPLICATE_OPEN_CASE', holderId: ids.case });

    // The v1 appointment still says who held the post: a new failure finds its holder.
    const failed = await post(tokens.caseworker, `/duties/${ids.duty}/failures`, {
      occurredAt: daysAgo(3),
      kind: 'INSPECTION_NOT_ORGANISED',
      description: 'Skipped again',
      evidence: 'Register',
      adverseEffect: 'MINOR',
    });
    expect(failed.status).toBe(201);
    const events = await running.app.get<EventStore>(EVENT_STORE).readStream(`duty-${ids.duty}`);
    expect(events.at(-1)?.data).toMatchObject({ responsibleCadreId: ids.cadre, vacant: false });
  });
});

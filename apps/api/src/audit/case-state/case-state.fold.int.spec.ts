import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ProposedEvent, SqliteEventStore } from '@dutyledger/event-store';
import { DEFAULT_CASE_POLICY, calendarFor } from '@dutyledger/domain';
import { domainCodec } from '@dutyledger/ledger';
import { readCaseRecord } from '@dutyledger/wiring';
import { foldCaseAsOf } from './case-state.fold';

const READING = { policy: DEFAULT_CASE_POLICY, calendar: calendarFor('Asia/Shanghai') };

const CASE_ID = randomUUID();
const DUTY_ID = randomUUID();
const POST_ID = randomUUID();
const FAILURE_ID = randomUUID();
const CADRE_ID = randomUUID();

/** An event as the command side stores it; `recordedAt` defaults to the business time. */
function event(
  type: string,
  schemaVersion: number,
  data: Record<string, unknown> & { occurredAt: string },
  recordedAt = data.occurredAt,
): ProposedEvent {
  const causation = randomUUID();
  return {
    id: randomUUID(),
    type,
    schemaVersion,
    data,
    metadata: {
      actor: { id: 'caseworker-1', role: 'CASEWORKER' },
      correlationId: causation,
      causationId: causation,
      occurredAt: data.occurredAt,
      recordedAt,
    },
  };
}

describe('the case as of a moment, folded from a stored log', () => {
  let directory: string;
  let store: SqliteEventStore;
  const failure = event(
    'FailureToPerformRecorded',
    1,
    {
      failureId: FAILURE_ID,
      dutyId: DUTY_ID,
      postId: POST_ID,
      occurredAt: '2026-01-05T10:00:00.000Z',
      description: 'Inspection skipped',
      evidence: 'Register',
      adverseEffect: 'SERIOUS',
      responsibleCadreId: null,
      vacant: true,
    },
    '2026-02-10T10:00:00.000Z',
  );
  const extendedV1 = event('DeadlineExtended', 1, {
    caseId: CASE_ID,
    days: 30,
    reason: 'Survey pending',
    previousDueAt: '2026-04-01T00:00:00.000Z',
    occurredAt: '2026-03-01T10:00:00.000Z',
  });

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'dutyledger-as-of-'));
    store = SqliteEventStore.open(join(directory, 'events.db'));
    await store.append(
      `duty-${DUTY_ID}`,
      [
        event('DutyAssigned', 1, {
          dutyId: DUTY_ID,
          postId: POST_ID,
          category: 'WORK_SAFETY',
          title: 'Monthly inspection',
          principle: 'MANAGES_INDUSTRY',
          industries: ['mining'],
          cadence: 'MONTHLY',
          basis: 'Work Safety Law',
          occurredAt: '2026-01-01T10:00:00.000Z',
        }),
        event('DutyPerformanceRecorded', 1, {
          dutyId: DUTY_ID,
          performanceId: randomUUID(),
          period: '2026-01',
          performedAt: '2026-01-31T10:00:00.000Z',
          evidence: 'Report',
          occurredAt: '2026-01-31T10:00:00.000Z',
        }),
        failure,
      ],
      'no_stream',
    );
    await store.append(
      `case-${CASE_ID}`,
      [
        event('CaseOpened', 1, {
          caseId: CASE_ID,
          kind: 'POST_ACCIDENT',
          openedByDepartmentId: randomUUID(),
          summary: 'Roof collapse',
          occurredAt: '2026-02-15T10:00:00.000Z',
        }),
        event('CaseSubjectNamed', 1, {
          caseId: CASE_ID,
          cadreId: CADRE_ID,
          postId: POST_ID,
          occurredAt: '2026-02-15T10:00:00.000Z',
        }),
        event('FailureCited', 1, {
          caseId: CASE_ID,
          failureId: FAILURE_ID,
          dutyId: DUTY_ID,
          postId: POST_ID,
          failureOccurredAt: '2026-01-05T10:00:00.000Z',
          adverseEffect: 'SERIOUS',
          responsibleCadreId: null,
          occurredAt: '2026-02-15T10:00:00.000Z',
        }),
        event('InvestigationDeadlineSet', 1, {
          caseId: CASE_ID,
          dueAt: '2026-04-01T00:00:00.000Z',
          occurredAt: '2026-02-15T10:00:00.000Z',
        }),
        extendedV1,
      ],
      'no_stream',
    );
    // The post and its appointment took effect in 2024; they were only recorded in 2026.
    await store.append(
      `post-${POST_ID}`,
      [
        event(
          'PostEstablished',
          1,
          {
            postId: POST_ID,
            departmentId: randomUUID(),
            title: 'Deputy Mayor',
            rank: 'DEPUTY',
            businessScope: ['mining'],
            occurredAt: '2024-01-01T00:00:00.000Z',
          },
          '2026-02-01T00:00:00.000Z',
        ),
        event(
          'CadreAppointedToPost',
          2,
          {
            postId: POST_ID,
            cadreId: CADRE_ID,
            effectiveFrom: '2024-03-01T00:00:00.000Z',
            eligibilityOverride: null,
            occurredAt: '2024-03-01T00:00:00.000Z',
          },
          '2026-02-01T00:00:00.000Z',
        ),
      ],
      'no_stream',
    );
  });
  afterAll(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  async function record() {
    const found = await readCaseRecord(store, domainCodec(), CASE_ID);
    if (!found) throw new Error('the case was not read');
    return found;
  }

  it('replays a stored v1 DeadlineExtended upcast to v2: the new due date it lacked is there', async () => {
    const stored = (await record()).streams[0]?.events.at(-1);
    expect(stored).toMatchObject({ type: 'DeadlineExtended', schemaVersion: 1 });
    expect(stored?.data).not.toHaveProperty('dueAt');
    const answer = foldCaseAsOf(
      await record(),
      { by: 'revision', revision: 4n },
      domainCodec(),
      READING,
    );
    expect(answer.state).toMatchObject({
      status: 'OPENED',
      deadline: {
        originalDueAt: '2026-04-01T00:00:00.000Z',
        dueAt: '2026-05-01T00:00:00.000Z',
        extended: true,
        extension: { days: 30, reason: 'Survey pending' },
      },
    });
    expect(answer.eventIds.at(-1)).toBe(extendedV1.id);
  });

  it('by business time skips a later event and still folds an earlier one stored after it', async () => {
    const answer = foldCaseAsOf(
      await record(),
      { by: 'business', asOf: '2026-01-10T00:00:00Z' },
      domainCodec(),
      READING,
    );
    const duty = answer.restsOn.find((stream) => stream.kind === 'duty');
    // Revision 1 (performed 31 January) is skipped; revision 2 (failed 5 January) is folded.
    expect(duty?.state).toMatchObject({ performedPeriods: [], failureIds: [FAILURE_ID] });
    expect(duty?.eventIds).toHaveLength(2);
    expect(duty?.eventIds.at(-1)).toBe(failure.id);
    expect(answer.state).toEqual({ status: 'NOT_OPENED' });
  });

  it('by recorded time folds what the store held at the moment', async () => {
    const answer = foldCaseAsOf(
      await record(),
      { by: 'recorded', asOf: '2026-02-01T00:00:00Z' },
      domainCodec(),
      READING,
    );
    const duty = answer.restsOn.find((stream) => stream.kind === 'duty');
    expect(duty?.state).toMatchObject({ performedPeriods: ['2026-01'], failureIds: [] });
  });

  it('reads a date alone as the end of that day in the jurisdiction: what had happened by its close', async () => {
    const answer = foldCaseAsOf(
      await record(),
      { by: 'business', asOf: '2026-01-31' },
      domainCodec(),
      READING,
    );
    // Performed at 18:00 on 31 January, Beijing time: by the close of that day.
    const duty = answer.restsOn.find((stream) => stream.kind === 'duty');
    expect(duty?.state).toMatchObject({ performedPeriods: ['2026-01'] });
    expect(answer.cut.asOf).toBe('2026-01-31T15:59:59.999Z');
  });

  it('by business time shows the post established and held from the day it took effect, although recorded later', async () => {
    const post = async (by: 'business' | 'recorded') =>
      foldCaseAsOf(
        await record(),
        { by, asOf: '2025-06-01T00:00:00Z' },
        domainCodec(),
        READING,
      ).restsOn.find((stream) => stream.kind === 'post');
    expect((await post('business'))?.state).toMatchObject({
      status: 'ESTABLISHED',
      establishedAt: '2024-01-01T00:00:00.000Z',
      appointments: [{ cadreId: CADRE_ID, from: '2024-03-01T00:00:00.000Z', until: null }],
    });
    expect((await post('business'))?.eventIds).toHaveLength(2);
    expect((await post('recorded'))?.state).toEqual({ status: 'NOT_ESTABLISHED' });
  });
});

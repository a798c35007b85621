import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { CadreHistoryDuty } from './cadre-history-duty.entity';
import { CadreHistoryFailure } from './cadre-history-failure.entity';
import { cadreHistoryProjection } from './cadre-history.projection';

const POST = '7a2d3b5f-9c4e-4d6f-8a81-2b3c4d5e6f70';
const CADRE = '8b3e4c6a-ad5f-4e7a-9b92-3c4d5e6f7081';
const DUTY = '9c4f5d7b-be6a-4f8b-8ca3-4d5e6f708192';
const stream = `duty-${DUTY}`;

function assigned(log: EventLog) {
  return log.record(
    'DutyAssigned',
    {
      dutyId: DUTY,
      postId: POST,
      category: 'WORK_SAFETY',
      title: 'Monthly safety inspection of coal mines',
      principle: 'MANAGES_INDUSTRY',
      industries: ['mining'],
      cadence: 'MONTHLY',
      basis: 'Work Safety Law, art. 3',
      occurredAt: '2026-01-10T09:00:00.000Z',
    },
    { stream },
  );
}

const assignedRow = (eventId: string) => ({
  dutyId: DUTY,
  postId: POST,
  category: 'WORK_SAFETY',
  title: 'Monthly safety inspection of coal mines',
  principle: 'MANAGES_INDUSTRY',
  industries: ['mining'],
  cadence: 'MONTHLY',
  basis: 'Work Safety Law, art. 3',
  assignedAt: '2026-01-10T09:00:00.000Z',
  revokedAt: null,
  revocationReason: null,
  amendments: [],
  sourceEventIds: [eventId],
});

describeReadModels('cadre history projection: duties and failures', ({ fresh }) => {
  it('given DutyAssigned, then the duty on its post', async () => {
    const log = new EventLog();
    const assignment = assigned(log);
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    expect(await dataSource.getRepository(CadreHistoryDuty).find()).toEqual([
      assignedRow(assignment.id),
    ]);
  });

  it('given DutyAmended, then the changed fields and the amendment with its reason', async () => {
    const log = new EventLog();
    const assignment = assigned(log);
    const amended = log.record(
      'DutyAmended',
      {
        dutyId: DUTY,
        industries: ['mining', 'hazardous-chemicals'],
        cadence: 'QUARTERLY',
        reason: 'The chemical plants moved to this post',
        occurredAt: '2026-03-01T00:00:00.000Z',
      },
      { stream },
    );
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    expect(await dataSource.getRepository(CadreHistoryDuty).find()).toEqual([
      {
        ...assignedRow(assignment.id),
        industries: ['mining', 'hazardous-chemicals'],
        cadence: 'QUARTERLY',
        amendments: [
          {
            eventId: amended.id,
            amendedAt: '2026-03-01T00:00:00.000Z',
            reason: 'The chemical plants moved to this post',
            changes: { industries: ['mining', 'hazardous-chemicals'], cadence: 'QUARTERLY' },
          },
        ],
        sourceEventIds: [assignment.id, amended.id],
      },
    ]);
  });

  it('given DutyRevoked, then the duty is kept with when and why it was revoked', async () => {
    const log = new EventLog();
    const assignment = assigned(log);
    const revoked = log.record(
      'DutyRevoked',
      { dutyId: DUTY, reason: 'Merged into the district list', occurredAt: '2026-05-01' },
      { stream },
    );
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    expect(await dataSource.getRepository(CadreHistoryDuty).find()).toEqual([
      {
        ...assignedRow(assignment.id),
        revokedAt: '2026-05-01T00:00:00.000Z',
        revocationReason: 'Merged into the district list',
        sourceEventIds: [assignment.id, revoked.id],
      },
    ]);
  });

  it('given FailureToPerformRecorded, then the failure with its kind under its responsible cadre, and none for a vacant post', async () => {
    const log = new EventLog();
    assigned(log);
    const failure = {
      dutyId: DUTY,
      postId: POST,
      description: 'The April inspection was not carried out',
      evidence: 'Inspection log, April',
      adverseEffect: 'SERIOUS',
    };
    const recorded = log.record(
      'FailureToPerformRecorded',
      {
        ...failure,
        failureId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        occurredAt: '2026-04-30T10:00:00+08:00',
        kind: 'INSPECTION_NOT_ORGANISED',
        otherKind: null,
        safetyImpact: true,
        responsibleCadreId: CADRE,
        vacant: false,
      },
      { stream },
    );
    // Stored before failure kinds (schema v1): read as the upcaster reads it.
    const old = log.record(
      'FailureToPerformRecorded',
      {
        ...failure,
        failureId: 'c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f',
        occurredAt: '2026-03-31T10:00:00+08:00',
        responsibleCadreId: CADRE,
        vacant: false,
      },
      { stream, schemaVersion: 1 },
    );
    log.record(
      'FailureToPerformRecorded',
      {
        ...failure,
        failureId: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
        occurredAt: '2026-05-31T10:00:00+08:00',
        kind: 'OTHER',
        otherKind: 'Drill skipped',
        safetyImpact: true,
        responsibleCadreId: null,
        vacant: true,
      },
      { stream },
    );
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const rows = await dataSource
      .getRepository(CadreHistoryFailure)
      .find({ order: { occurredAt: 'DESC' } });
    expect(rows).toEqual([
      {
        failureId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        cadreId: CADRE,
        dutyId: DUTY,
        postId: POST,
        occurredAt: '2026-04-30T02:00:00.000Z',
        description: 'The April inspection was not carried out',
        evidence: 'Inspection log, April',
        adverseEffect: 'SERIOUS',
        kind: 'INSPECTION_NOT_ORGANISED',
        otherKind: null,
        safetyImpact: true,
        sourceEventIds: [recorded.id],
      },
      expect.objectContaining({
        failureId: 'c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f',
        kind: 'OTHER',
        otherKind: 'not recorded (before failure kinds)',
        safetyImpact: false,
        sourceEventIds: [old.id],
      }),
    ]);
  });
});

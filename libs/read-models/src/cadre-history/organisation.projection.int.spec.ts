import { nameSortKey } from '@dutyledger/i18n';
import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { CadreHistoryCadre } from './cadre-history-cadre.entity';
import { CadreHistoryHolding } from './cadre-history-holding.entity';
import { CadreHistoryPost } from './cadre-history-post.entity';
import { cadreHistoryProjection } from './cadre-history.projection';

const DEPARTMENT = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';
const POST = '7a2d3b5f-9c4e-4d6f-8a81-2b3c4d5e6f70';
const CADRE = '8b3e4c6a-ad5f-4e7a-9b92-3c4d5e6f7081';
const OTHER_POST = '9d4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b';

describeReadModels('cadre history projection: organisation', ({ fresh }) => {
  it('given CadreRegistered, then the cadre with a lower-case search key, a sort key and its event', async () => {
    const log = new EventLog();
    const registered = log.record('CadreRegistered', {
      cadreId: CADRE,
      name: 'Li Wei',
      personnelNumber: 'RS-2026-0042',
      managingDepartmentId: DEPARTMENT,
      occurredAt: '2026-01-02T08:00:00+08:00',
    });
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    expect(await dataSource.getRepository(CadreHistoryCadre).find()).toEqual([
      {
        cadreId: CADRE,
        name: 'Li Wei',
        nameKey: 'li wei',
        personnelNumber: 'RS-2026-0042',
        managingDepartmentId: DEPARTMENT,
        registeredAt: '2026-01-02T00:00:00.000Z',
        sourceEventIds: [registered.id],
      },
    ]);
    const keyed = await dataSource
      .getRepository(CadreHistoryCadre)
      .createQueryBuilder('cadre')
      .addSelect('cadre.nameSortKey')
      .getOneOrFail();
    expect(keyed.nameSortKey).toBe(nameSortKey('Li Wei'));
  });

  it('given PostEstablished, then the post with its title and department', async () => {
    const log = new EventLog();
    const established = log.record('PostEstablished', {
      postId: POST,
      departmentId: DEPARTMENT,
      title: 'Deputy Mayor for Industry',
      rank: 'DEPUTY',
      businessScope: ['mining'],
      occurredAt: '2026-01-02T00:00:00.000Z',
    });
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    expect(await dataSource.getRepository(CadreHistoryPost).find()).toEqual([
      {
        postId: POST,
        departmentId: DEPARTMENT,
        title: 'Deputy Mayor for Industry',
        rank: 'DEPUTY',
        sourceEventIds: [established.id],
      },
    ]);
  });

  it('given CadreAppointedToPost, then an open holding from the effective date, with the eligibility override it carried', async () => {
    const log = new EventLog();
    const override = {
      reason: 'Only engineer qualified for the post; approved by the standing committee',
      blocks: [
        {
          reason: 'INCOMPETENT_GRADE',
          detail: 'The latest work-safety assessment (2025) graded the cadre INCOMPETENT',
          sourceEventIds: ['e0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d'],
        },
      ],
    };
    const appointed = log.record('CadreAppointedToPost', {
      postId: POST,
      cadreId: CADRE,
      effectiveFrom: '2026-01-15T00:00:00.000Z',
      eligibilityOverride: override,
      occurredAt: '2026-01-15T00:00:00.000Z',
    });
    // Stored before eligibility was enforced (schema v1): nothing was overridden.
    const earlier = log.record(
      'CadreAppointedToPost',
      {
        postId: OTHER_POST,
        cadreId: CADRE,
        effectiveFrom: '2025-01-15T00:00:00.000Z',
        occurredAt: '2025-01-15T00:00:00.000Z',
      },
      { schemaVersion: 1 },
    );
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const rows = await dataSource
      .getRepository(CadreHistoryHolding)
      .find({ order: { heldFrom: 'DESC' } });
    expect(rows).toEqual([
      {
        holdingId: appointed.id,
        cadreId: CADRE,
        postId: POST,
        heldFrom: '2026-01-15T00:00:00.000Z',
        heldUntil: null,
        reliefReason: null,
        eligibilityOverride: override,
        sourceEventIds: [appointed.id],
      },
      expect.objectContaining({ holdingId: earlier.id, eligibilityOverride: null }),
    ]);
  });

  it('given CadreRelievedFromPost, then the open holding ends and a later one stays open', async () => {
    const log = new EventLog();
    const stream = `post-${POST}`;
    const first = log.record(
      'CadreAppointedToPost',
      {
        postId: POST,
        cadreId: CADRE,
        effectiveFrom: '2025-01-01',
        eligibilityOverride: null,
        occurredAt: '2025-01-01',
      },
      { stream },
    );
    const relieved = log.record(
      'CadreRelievedFromPost',
      {
        postId: POST,
        cadreId: CADRE,
        effectiveFrom: '2025-06-30T12:00:00+08:00',
        reason: 'Transferred',
        occurredAt: '2025-06-30T12:00:00+08:00',
      },
      { stream },
    );
    const again = log.record(
      'CadreAppointedToPost',
      {
        postId: POST,
        cadreId: CADRE,
        effectiveFrom: '2026-01-01',
        eligibilityOverride: null,
        occurredAt: '2026-01-01',
      },
      { stream },
    );
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const rows = await dataSource
      .getRepository(CadreHistoryHolding)
      .find({ order: { heldFrom: 'ASC' } });
    expect(rows).toEqual([
      {
        holdingId: first.id,
        cadreId: CADRE,
        postId: POST,
        heldFrom: '2025-01-01T00:00:00.000Z',
        heldUntil: '2025-06-30T04:00:00.000Z',
        reliefReason: 'Transferred',
        eligibilityOverride: null,
        sourceEventIds: [first.id, relieved.id],
      },
      {
        holdingId: again.id,
        cadreId: CADRE,
        postId: POST,
        heldFrom: '2026-01-01T00:00:00.000Z',
        heldUntil: null,
        reliefReason: null,
        eligibilityOverride: null,
        sourceEventIds: [again.id],
      },
    ]);
  });

  it('refuses a relief that no appointment precedes, so the runner parks it', async () => {
    const log = new EventLog();
    log.record('CadreRelievedFromPost', {
      postId: POST,
      cadreId: CADRE,
      effectiveFrom: '2025-06-30',
      reason: 'Transferred',
      occurredAt: '2025-06-30',
    });
    const dataSource = await fresh();
    await expect(project(dataSource, cadreHistoryProjection, log.events)).rejects.toThrow(
      /CadreRelievedFromPost .*: no open appointment/,
    );
  });
});

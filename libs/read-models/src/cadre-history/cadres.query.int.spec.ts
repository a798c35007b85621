import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { cadreHistoryProjection } from './cadre-history.projection';
import {
  DEPARTMENT,
  OTHER_DEPARTMENT,
  POST,
  CADRE,
  organisation,
  appoint,
} from './cadre-history.fixtures';
import { listCadres } from './cadres.query';

describeReadModels('cadre list', ({ fresh }) => {
  it('lists the posts held at the time asked, and filters by their department', async () => {
    const log = new EventLog();
    organisation(log);
    appoint(log, '2026-07-01');
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const page = { skip: 0, take: 20 };
    const before = await listCadres(dataSource, {}, page, new Date('2026-06-30T23:59:59Z'));
    expect(before.items.map((cadre) => cadre.currentPosts)).toEqual([[]]);
    const after = await listCadres(dataSource, {}, page, new Date('2026-07-01T00:00:00Z'));
    expect(after.items.map((cadre) => cadre.currentPosts)).toEqual([
      [{ postId: POST, title: 'Deputy Mayor', departmentId: DEPARTMENT }],
    ]);
    const inDepartment = (at: string) =>
      listCadres(dataSource, { departmentId: DEPARTMENT }, page, new Date(at));
    expect((await inDepartment('2026-06-30T00:00:00Z')).total).toBe(0);
    expect((await inDepartment('2026-07-02T00:00:00Z')).total).toBe(1);
    const managed = await listCadres(
      dataSource,
      { departmentId: OTHER_DEPARTMENT },
      page,
      new Date('2026-06-30T00:00:00Z'),
    );
    expect(managed.total).toBe(1);
  });

  it('lists posts taken up on the same day by their appointment, not by the order the rows were written', async () => {
    const log = new EventLog();
    organisation(log);
    const SECOND_POST = '3f2e1d0c-9b8a-4776-8655-443322110099';
    log.record('PostEstablished', {
      postId: SECOND_POST,
      departmentId: DEPARTMENT,
      title: 'Party Secretary',
      rank: 'PRINCIPAL',
      businessScope: [],
      occurredAt: '2024-01-01',
    });
    // Written last-id first: the holding ids (the appointments' event ids) decide the order.
    for (const [postId, id] of [
      [SECOND_POST, 'ffffffff-ffff-4fff-bfff-ffffffffffff'],
      [POST, '00000000-0000-4000-8000-000000000000'],
    ]) {
      log.record(
        'CadreAppointedToPost',
        {
          postId,
          cadreId: CADRE,
          effectiveFrom: '2026-07-01',
          eligibilityOverride: null,
          occurredAt: '2026-07-01',
        },
        { id },
      );
    }
    const dataSource = await fresh();
    await project(dataSource, cadreHistoryProjection, log.events);
    const page = await listCadres(dataSource, {}, { skip: 0, take: 20 }, new Date('2026-07-02'));
    expect(page.items.map((cadre) => cadre.currentPosts.map((post) => post.postId))).toEqual([
      [POST, SECOND_POST],
    ]);
  });
});

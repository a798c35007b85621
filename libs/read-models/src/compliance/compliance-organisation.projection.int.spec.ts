import { TEST_CALENDAR, describeReadModels } from '../../../../test/support/projection-spec';
import { ComplianceDepartment } from './compliance-department.entity';
import { ComplianceLog, complianceOf } from './compliance.fixtures';
import { currentCoverageGaps } from './coverage-gaps.query';
import { figureEvents } from './compliance-drill-down.query';
import { departmentTree } from './department-tree';
import { treeKey } from './department-tree-key';
import { complianceDepartments, listDepartments } from './department-hierarchy.query';

describeReadModels('compliance projection: organisation', ({ fresh }) => {
  it('given DepartmentRegistered, then the hierarchy: municipality, district, township', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null, { name: 'City' });
    const district = log.department('DISTRICT', city.departmentId, { name: 'District' });
    const township = log.department('TOWNSHIP', district.departmentId, { name: 'Township' });
    const office = log.department('DISTRICT', district.departmentId, {
      name: 'District Emergency Management Bureau',
      kind: 'WORKING_DEPARTMENT',
    });
    const dataSource = await fresh();
    await complianceOf(dataSource, log.events, 2026);

    const rows = await dataSource.getRepository(ComplianceDepartment).findBy({
      departmentId: township.departmentId,
    });
    // Its place in the chart: under the city's and the district's keys.
    const key = [
      { ...city, name: 'City' },
      { ...district, name: 'District' },
      { ...township, name: 'Township' },
    ].reduce<string | undefined>(
      (parentKey, department) => treeKey(parentKey, { ...department, kind: 'GOVERNMENT' }),
      undefined,
    );
    expect(rows).toEqual([
      {
        departmentId: township.departmentId,
        name: 'Township',
        level: 'TOWNSHIP',
        kind: 'GOVERNMENT',
        parentId: district.departmentId,
        supervisionAuthority: false,
        treeKey: key,
      },
    ]);
    const tree = departmentTree(await complianceDepartments(dataSource));
    expect(tree.map((node) => node.name)).toEqual(['City']);
    expect(tree[0]?.children.map((node) => node.name)).toEqual(['District']);
    expect(tree[0]?.children[0]?.children.map((node) => node.departmentId)).toEqual([
      township.departmentId,
      office.departmentId,
    ]);
    const underDistrict = await listDepartments(dataSource, {
      parentId: district.departmentId,
      skip: 0,
      take: 10,
    });
    expect(underDistrict.total).toBe(2);
    const listed = await listDepartments(dataSource, { level: 'MUNICIPAL', skip: 0, take: 10 });
    expect(listed.items).toEqual([expect.objectContaining({ name: 'City', childCount: 1 })]);
  });

  it('given PostEstablished, then each scope item counts and is a gap opened by the post', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    const post = log.post(city.departmentId, ['mining', 'construction', 'mining']);
    const dataSource = await fresh();
    const compliance = await complianceOf(dataSource, log.events, 2026);

    expect(compliance.get(city.departmentId)?.own).toMatchObject({
      scopeItems: 2,
      coveredItems: 0,
      coverageGaps: 2,
    });
    const gaps = await currentCoverageGaps(dataSource, { skip: 0, take: 10 });
    expect(gaps.total).toBe(2);
    expect(gaps.items.map((gap) => [gap.item, gap.sourceEventIds])).toEqual([
      ['construction', [post.id]],
      ['mining', [post.id]],
    ]);
    expect(gaps.items[0]).toMatchObject({
      postId: post.postId,
      postTitle: 'Deputy Head',
      departmentId: city.departmentId,
      since: '2026-01-01T00:00:00.000Z',
    });
    const drilled = await figureEvents(
      dataSource,
      {
        departmentIds: [city.departmentId],
        year: 2026,
        figure: 'scopeItems',
        skip: 0,
        take: 10,
      },
      TEST_CALENDAR,
    );
    expect(drilled.items.map((item) => item.eventId)).toEqual([post.id, post.id]);
    expect(drilled.items[0]).toMatchObject({
      type: 'PostEstablished',
      stream: `post-${post.postId}`,
      position: String(post.position),
      counted: true,
    });
  });

  it('counts scope items and gaps as they stand at the end of each year', async () => {
    const log = new ComplianceLog();
    const city = log.department('MUNICIPAL', null);
    log.post(city.departmentId, ['mining'], '2026-05-01T00:00:00.000Z');
    const dataSource = await fresh();
    await complianceOf(dataSource, log.events, 2026);
    const before = await complianceOf(dataSource, [], 2025);
    expect(before.get(city.departmentId)?.own).toMatchObject({ scopeItems: 0, coverageGaps: 0 });
    const after = await complianceOf(dataSource, [], 2027);
    expect(after.get(city.departmentId)?.own).toMatchObject({ scopeItems: 1, coverageGaps: 1 });
  });
});

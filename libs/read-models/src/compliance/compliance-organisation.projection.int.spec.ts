import { compareNames } from '@dutyledger/i18n';
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

  it('lists departments by name in pinyin order across pages, and finds them by characters', async () => {
    const log = new ComplianceLog();
    const names = [
      '滨江区应急管理局',
      '滨江区人民政府',
      '城关街道办事处',
      '区应急管理局',
      'Binjiang Port Authority',
      '安平镇人民政府',
      '滨江区住房和城乡建设局',
      '100%_安全 专班',
    ];
    for (const name of names) log.department('DISTRICT', null, { name });
    const dataSource = await fresh();
    await complianceOf(dataSource, log.events, 2026);
    const pinyinOrder = [...names].sort(compareNames);
    const paged: string[] = [];
    for (let skip = 0; skip < names.length; skip += 3) {
      const page = await listDepartments(dataSource, { skip, take: 3 });
      expect(page.total).toBe(names.length);
      paged.push(...page.items.map((department) => department.name));
    }
    expect(paged).toEqual(pinyinOrder);
    // What the list answers is the department as the views show it: no stored keys.
    const [first] = (await listDepartments(dataSource, { skip: 0, take: 1 })).items;
    expect(Object.keys(first ?? {}).sort()).toEqual([
      'childCount',
      'departmentId',
      'kind',
      'level',
      'name',
      'parentId',
      'supervisionAuthority',
    ]);
    const named = async (name: string) =>
      (await listDepartments(dataSource, { name, skip: 0, take: 10 })).items.map((d) => d.name);
    expect(await named('应急')).toEqual(['滨江区应急管理局', '区应急管理局']);
    expect(await named('滨江区')).toEqual([
      '滨江区人民政府',
      '滨江区应急管理局',
      '滨江区住房和城乡建设局',
    ]);
    expect(await named('PORT')).toEqual(['Binjiang Port Authority']);
    expect(await named('%')).toEqual(['100%_安全 专班']);
    expect(await named('_')).toEqual(['100%_安全 专班']);
    expect(await named('滨_区')).toEqual([]);
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

import { EventLog, describeReadModels, project } from '../../../../test/support/projection-spec';
import { DepartmentRow } from './department-row.entity';
import { departmentsProjection } from './departments.projection';

describeReadModels('departments projection', ({ fresh }) => {
  it('given DepartmentRegistered, then one row with the department as registered', async () => {
    const log = new EventLog();
    const municipality = log.record('DepartmentRegistered', {
      departmentId: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
      name: 'Municipal People’s Government',
      level: 'MUNICIPAL',
      kind: 'GOVERNMENT',
      parentId: null,
      industries: [],
      supervisionAuthority: false,
      occurredAt: '2025-01-02T00:00:00.000Z',
    });
    const dataSource = await fresh();
    await project(dataSource, departmentsProjection, log.events);
    const rows = await dataSource.getRepository(DepartmentRow).find();
    expect(rows).toEqual([
      {
        departmentId: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
        name: 'Municipal People’s Government',
        level: 'MUNICIPAL',
        kind: 'GOVERNMENT',
        parentId: null,
        industries: [],
        supervisionAuthority: false,
        registeredAt: '2025-01-02T00:00:00.000Z',
        lastPosition: municipality.position,
      },
    ]);
  });
});

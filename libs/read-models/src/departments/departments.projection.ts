import type { DepartmentRegistered } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runner/projection';
import { DepartmentRow } from './department-row.entity';

/** The department register: one row per department. */
export const departmentsProjection: Projection = {
  name: 'departments',
  eventTypes: ['DepartmentRegistered'],
  entities: [DepartmentRow],
  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const data = event.data as unknown as DepartmentRegistered['data'];
    const repository = manager.getRepository(DepartmentRow);
    const existing = await repository.findOneBy({ departmentId: data.departmentId });
    if (existing && existing.lastPosition >= event.position) return;
    await repository.save({
      departmentId: data.departmentId,
      name: data.name,
      level: data.level,
      kind: data.kind,
      parentId: data.parentId,
      industries: [...data.industries],
      supervisionAuthority: data.supervisionAuthority,
      registeredAt: data.occurredAt,
      lastPosition: event.position,
    });
  },
};

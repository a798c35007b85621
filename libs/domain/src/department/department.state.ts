import { unreachable } from '../shared/decider';
import type { DepartmentEvent, DepartmentKind, DepartmentLevel } from './department.events';

export type DepartmentState =
  | { readonly status: 'UNREGISTERED' }
  | {
      readonly status: 'REGISTERED';
      readonly departmentId: string;
      readonly level: DepartmentLevel;
      readonly kind: DepartmentKind;
      readonly parentId: string | null;
      readonly supervisionAuthority: boolean;
      /** business time from which the department exists */
      readonly registeredAt: string;
    };

export const initialDepartmentState: DepartmentState = { status: 'UNREGISTERED' };

export function evolveDepartment(_state: DepartmentState, event: DepartmentEvent): DepartmentState {
  switch (event.type) {
    case 'DepartmentRegistered': {
      const { departmentId, level, kind, parentId, supervisionAuthority, occurredAt } = event.data;
      return {
        status: 'REGISTERED',
        departmentId,
        level,
        kind,
        parentId,
        supervisionAuthority,
        registeredAt: occurredAt,
      };
    }
    default:
      return unreachable(event.type);
  }
}

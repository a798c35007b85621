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
    };

export const initialDepartmentState: DepartmentState = { status: 'UNREGISTERED' };

export function evolveDepartment(_state: DepartmentState, event: DepartmentEvent): DepartmentState {
  switch (event.type) {
    case 'DepartmentRegistered': {
      const { departmentId, level, kind, parentId, supervisionAuthority } = event.data;
      return { status: 'REGISTERED', departmentId, level, kind, parentId, supervisionAuthority };
    }
    default:
      return unreachable(event.type);
  }
}

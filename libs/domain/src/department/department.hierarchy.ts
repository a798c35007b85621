import { unreachable } from '../shared/decider';
import type { DepartmentKind, DepartmentLevel } from './department.events';

export interface DepartmentPosition {
  readonly level: DepartmentLevel;
  readonly kind: DepartmentKind;
}

const GOVERNMENT_ABOVE: Record<DepartmentLevel, DepartmentLevel | null> = {
  MUNICIPAL: null,
  DISTRICT: 'MUNICIPAL',
  TOWNSHIP: 'DISTRICT',
};

/**
 * Where a department hangs in the hierarchy: a government hangs under the government one level
 * up (the municipal government is the top and has no parent); a working department hangs under
 * the government of its own level.
 */
export function expectedParent(department: DepartmentPosition): DepartmentPosition | null {
  switch (department.kind) {
    case 'WORKING_DEPARTMENT':
      return { level: department.level, kind: 'GOVERNMENT' };
    case 'GOVERNMENT': {
      const level = GOVERNMENT_ABOVE[department.level];
      return level === null ? null : { level, kind: 'GOVERNMENT' };
    }
    default:
      return unreachable(department.kind);
  }
}

import type { Command } from '../shared/decider';
import type { DepartmentKind, DepartmentLevel } from './department.events';

/** The parent as the command handler found it in its own stream (cross-aggregate fact). */
export interface ParentDepartmentFact {
  readonly departmentId: string;
  readonly level: DepartmentLevel;
  readonly kind: DepartmentKind;
}

export type RegisterDepartment = Command<
  'RegisterDepartment',
  {
    readonly departmentId: string;
    readonly name: string;
    readonly level: DepartmentLevel;
    readonly kind: DepartmentKind;
    /** null when the department is the top of the hierarchy */
    readonly parent: ParentDepartmentFact | null;
    readonly industries: readonly string[];
    readonly supervisionAuthority: boolean;
  }
>;

export type DepartmentCommand = RegisterDepartment;

import type { Command } from '../shared/decider';
import type { DepartmentKind, DepartmentLevel } from './department.events';

/** The parent as the command handler found it in its own stream (cross-aggregate fact). */
export interface ParentDepartmentFact {
  readonly departmentId: string;
  readonly level: DepartmentLevel;
  readonly kind: DepartmentKind;
  /** business time from which the parent exists */
  readonly registeredAt: string;
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
    /** from when the department exists (business time); the request time when omitted */
    readonly effectiveFrom?: string;
  }
>;

export type DepartmentCommand = RegisterDepartment;

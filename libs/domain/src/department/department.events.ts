import { type DomainEvent, eventTypesOf } from '../shared/decider';

export const DEPARTMENT_LEVELS = ['MUNICIPAL', 'DISTRICT', 'TOWNSHIP'] as const;
export type DepartmentLevel = (typeof DEPARTMENT_LEVELS)[number];

export const DEPARTMENT_KINDS = ['GOVERNMENT', 'WORKING_DEPARTMENT'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export type DepartmentRegistered = DomainEvent<
  'DepartmentRegistered',
  {
    readonly departmentId: string;
    readonly name: string;
    readonly level: DepartmentLevel;
    readonly kind: DepartmentKind;
    /** null only for the top of the hierarchy (the municipal people's government) */
    readonly parentId: string | null;
    readonly industries: readonly string[];
    /** the work-safety supervision authority for its level: the body that opens pre-accident cases */
    readonly supervisionAuthority: boolean;
    readonly occurredAt: string;
  }
>;

export type DepartmentEvent = DepartmentRegistered;

/** Every department event type, as the department decider reads them. */
export const DEPARTMENT_EVENT_TYPES = eventTypesOf<DepartmentEvent['type']>({
  DepartmentRegistered: true,
});

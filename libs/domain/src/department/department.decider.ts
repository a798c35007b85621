import { DEPARTMENT_EVENT_TYPES } from './department.events';
import type { DecisionContext, Decider } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { businessTimeOf, requireNotBefore } from '../shared/business-time';
import type { DepartmentCommand, RegisterDepartment } from './department.commands';
import { DEPARTMENT_ERRORS } from './department.errors';
import type { DepartmentEvent } from './department.events';
import { expectedParent } from './department.hierarchy';
import type { DepartmentState } from './department.state';
import { evolveDepartment, initialDepartmentState } from './department.state';

function register(
  command: RegisterDepartment,
  state: DepartmentState,
  context: DecisionContext,
): DepartmentEvent[] {
  const { departmentId, name, level, kind, parent, industries, supervisionAuthority } =
    command.data;
  const data = { departmentId, name, level, kind, industries, supervisionAuthority };
  if (state.status === 'REGISTERED') {
    throw new DomainError(
      DEPARTMENT_ERRORS.DEPARTMENT_ALREADY_REGISTERED,
      `Department ${data.departmentId} is already registered`,
    );
  }
  const expected = expectedParent(data);
  if (expected === null && parent !== null) {
    throw new DomainError(
      DEPARTMENT_ERRORS.TOP_DEPARTMENT_HAS_NO_PARENT,
      'The municipal people’s government is the top of the hierarchy and has no parent',
    );
  }
  if (expected !== null && parent === null) {
    throw new DomainError(
      DEPARTMENT_ERRORS.DEPARTMENT_PARENT_REQUIRED,
      `A ${data.level} ${data.kind} needs a parent department`,
    );
  }
  if (expected !== null && parent !== null) {
    if (parent.level !== expected.level || parent.kind !== expected.kind) {
      throw new DomainError(
        DEPARTMENT_ERRORS.DEPARTMENT_PARENT_MISMATCH,
        `A ${data.level} ${data.kind} hangs under a ${expected.level} ${expected.kind}, ` +
          `not under a ${parent.level} ${parent.kind}`,
      );
    }
  }
  const occurredAt = businessTimeOf(command.data.effectiveFrom, context, 'effectiveFrom');
  if (parent !== null) {
    requireNotBefore(
      occurredAt,
      parent.registeredAt,
      DEPARTMENT_ERRORS.DEPARTMENT_BEFORE_PARENT,
      () =>
        `Department ${departmentId} cannot exist from ${occurredAt}, before its parent ${parent.departmentId} (${parent.registeredAt})`,
    );
  }
  return [
    {
      type: 'DepartmentRegistered',
      data: { ...data, parentId: parent?.departmentId ?? null, occurredAt },
    },
  ];
}

export const departmentDecider: Decider<DepartmentCommand, DepartmentEvent, DepartmentState> = {
  initialState: initialDepartmentState,
  eventTypes: DEPARTMENT_EVENT_TYPES,
  evolve: evolveDepartment,
  decide(command, state, context) {
    switch (command.type) {
      case 'RegisterDepartment':
        return register(command, state, context);
      default:
        return unreachable(command.type);
    }
  },
};

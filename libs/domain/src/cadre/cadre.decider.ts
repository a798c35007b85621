import { CADRE_EVENT_TYPES } from './cadre.events';
import type { DecisionContext, Decider } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { businessTimeOf } from '../shared/business-time';
import type { CadreCommand, RegisterCadre } from './cadre.commands';
import { CADRE_ERRORS } from './cadre.errors';
import type { CadreEvent } from './cadre.events';
import type { CadreState } from './cadre.state';
import { evolveCadre, initialCadreState } from './cadre.state';

function register(
  command: RegisterCadre,
  state: CadreState,
  context: DecisionContext,
): CadreEvent[] {
  const { cadreId, name, personnelNumber, managingDepartmentId } = command.data;
  if (state.status === 'REGISTERED') {
    throw new DomainError(
      CADRE_ERRORS.CADRE_ALREADY_REGISTERED,
      `Cadre ${cadreId} is already registered`,
    );
  }
  return [
    {
      type: 'CadreRegistered',
      data: {
        cadreId,
        name,
        personnelNumber,
        managingDepartmentId,
        occurredAt: businessTimeOf(command.data.occurredAt, context, 'occurredAt'),
      },
    },
  ];
}

export const cadreDecider: Decider<CadreCommand, CadreEvent, CadreState> = {
  initialState: initialCadreState,
  eventTypes: CADRE_EVENT_TYPES,
  evolve: evolveCadre,
  decide(command, state, context) {
    switch (command.type) {
      case 'RegisterCadre':
        return register(command, state, context);
      default:
        return unreachable(command.type);
    }
  },
};

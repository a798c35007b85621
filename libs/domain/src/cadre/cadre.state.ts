import { unreachable } from '../shared/decider';
import type { CadreEvent } from './cadre.events';

export type CadreState =
  | { readonly status: 'UNREGISTERED' }
  | {
      readonly status: 'REGISTERED';
      readonly cadreId: string;
      readonly name: string;
      readonly personnelNumber: string;
    };

export const initialCadreState: CadreState = { status: 'UNREGISTERED' };

export function evolveCadre(_state: CadreState, event: CadreEvent): CadreState {
  switch (event.type) {
    case 'CadreRegistered': {
      const { cadreId, name, personnelNumber } = event.data;
      return { status: 'REGISTERED', cadreId, name, personnelNumber };
    }
    default:
      return unreachable(event.type);
  }
}

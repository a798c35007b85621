import { unreachable } from '../shared/decider';
import type { AccidentFigures } from './accident.commands';
import type { AccidentEvent, AccidentGrade } from './accident.events';

export interface ReportedAccident extends AccidentFigures {
  readonly status: 'REPORTED';
  readonly accidentId: string;
  readonly departmentId: string;
  readonly industry: string;
  readonly occurredAt: string;
  readonly grade: AccidentGrade;
}

export type AccidentState = { readonly status: 'NOT_REPORTED' } | ReportedAccident;

export const initialAccidentState: AccidentState = { status: 'NOT_REPORTED' };

export function evolveAccident(state: AccidentState, event: AccidentEvent): AccidentState {
  switch (event.type) {
    case 'AccidentReported': {
      const { description: _description, ...accident } = event.data;
      return { status: 'REPORTED', ...accident };
    }
    case 'AccidentCasualtiesUpdated': {
      if (state.status !== 'REPORTED') return state;
      const { deaths, seriousInjuries, directLossYuan, grade } = event.data;
      return { ...state, deaths, seriousInjuries, directLossYuan, grade };
    }
    default:
      return unreachable(event);
  }
}

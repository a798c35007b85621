import { ACCIDENT_EVENT_TYPES } from './accident.events';
import type { DecisionContext, Decider } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { DomainError, UnknownEntityError } from '../shared/domain-error';
import { CLOCK_SKEW_MS, businessTimeOf, requireNotBefore } from '../shared/business-time';
import type {
  AccidentCommand,
  AccidentFigures,
  ReportAccident,
  UpdateAccidentCasualties,
} from './accident.commands';
import { ACCIDENT_ERRORS } from './accident.errors';
import type { AccidentEvent } from './accident.events';
import { accidentGrade } from './accident.grade';
import type { AccidentState } from './accident.state';
import { evolveAccident, initialAccidentState } from './accident.state';
import { accidentInstant } from './accident.time';

const isCount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

function checkFigures({ deaths, seriousInjuries, directLossYuan }: AccidentFigures): void {
  const lossIsAmount = Number.isFinite(directLossYuan) && directLossYuan >= 0;
  if (!isCount(deaths) || !isCount(seriousInjuries) || !lossIsAmount) {
    throw new DomainError(
      ACCIDENT_ERRORS.ACCIDENT_FIGURES_INVALID,
      'Deaths and serious injuries are whole numbers, and they and the direct loss are not negative',
    );
  }
}

function report(
  command: ReportAccident,
  state: AccidentState,
  context: DecisionContext,
): AccidentEvent[] {
  const { accidentId, departmentId, industry, description } = command.data;
  const { deaths, seriousInjuries, directLossYuan } = command.data;
  const occurredAt = context.calendar.businessTime(command.data.occurredAt);
  if (state.status === 'REPORTED') {
    throw new DomainError(
      ACCIDENT_ERRORS.ACCIDENT_ALREADY_REPORTED,
      `Accident ${accidentId} is already reported`,
    );
  }
  if (accidentInstant(occurredAt, 'occurredAt') > context.now.getTime() + CLOCK_SKEW_MS) {
    throw new DomainError(
      ACCIDENT_ERRORS.ACCIDENT_IN_FUTURE,
      `An accident cannot have happened at ${command.data.occurredAt}, which is in the future`,
    );
  }
  const figures = { deaths, seriousInjuries, directLossYuan };
  checkFigures(figures);
  return [
    {
      type: 'AccidentReported',
      data: {
        accidentId,
        departmentId,
        industry,
        occurredAt,
        description,
        ...figures,
        grade: accidentGrade(figures),
      },
    },
  ];
}

function updateCasualties(
  command: UpdateAccidentCasualties,
  state: AccidentState,
  context: DecisionContext,
): AccidentEvent[] {
  const { accidentId, deaths, seriousInjuries, directLossYuan, reason } = command.data;
  if (state.status !== 'REPORTED') throw new UnknownEntityError('accident', accidentId);
  const figures = { deaths, seriousInjuries, directLossYuan };
  checkFigures(figures);
  if (reason.trim() === '') {
    throw new DomainError(
      ACCIDENT_ERRORS.CASUALTY_UPDATE_REASON_REQUIRED,
      'An update of the casualty figures says why',
    );
  }
  if (
    deaths === state.deaths &&
    seriousInjuries === state.seriousInjuries &&
    directLossYuan === state.directLossYuan
  ) {
    throw new DomainError(
      ACCIDENT_ERRORS.ACCIDENT_CASUALTIES_UNCHANGED,
      `The figures of accident ${accidentId} are already these`,
    );
  }
  const occurredAt = businessTimeOf(command.data.occurredAt, context, 'occurredAt');
  requireNotBefore(
    occurredAt,
    state.occurredAt,
    ACCIDENT_ERRORS.CASUALTY_UPDATE_BEFORE_ACCIDENT,
    () =>
      `The figures of accident ${accidentId} cannot have been revised at ${occurredAt}, before it happened (${state.occurredAt})`,
  );
  return [
    {
      type: 'AccidentCasualtiesUpdated',
      data: {
        accidentId,
        ...figures,
        grade: accidentGrade(figures),
        previousGrade: state.grade,
        reason,
        occurredAt,
      },
    },
  ];
}

export const accidentDecider: Decider<AccidentCommand, AccidentEvent, AccidentState> = {
  initialState: initialAccidentState,
  eventTypes: ACCIDENT_EVENT_TYPES,
  evolve: evolveAccident,
  decide(command, state, context) {
    switch (command.type) {
      case 'ReportAccident':
        return report(command, state, context);
      case 'UpdateAccidentCasualties':
        return updateCasualties(command, state, context);
      default:
        return unreachable(command);
    }
  },
};

import { type DomainEvent, eventTypesOf } from '../shared/decider';

/** From the most to the least severe. */
export const ACCIDENT_GRADES = ['ESPECIALLY_SERIOUS', 'SERIOUS', 'LARGER', 'GENERAL'] as const;
export type AccidentGrade = (typeof ACCIDENT_GRADES)[number];

/** occurredAt is when the accident happened. The grade is derived from the figures. */
export type AccidentReported = DomainEvent<
  'AccidentReported',
  {
    readonly accidentId: string;
    readonly departmentId: string;
    readonly industry: string;
    readonly occurredAt: string;
    readonly description: string;
    readonly deaths: number;
    readonly seriousInjuries: number;
    readonly directLossYuan: number;
    readonly grade: AccidentGrade;
  }
>;

/** occurredAt is when the figures were revised. The grade is re-derived from the new figures. */
export type AccidentCasualtiesUpdated = DomainEvent<
  'AccidentCasualtiesUpdated',
  {
    readonly accidentId: string;
    readonly deaths: number;
    readonly seriousInjuries: number;
    readonly directLossYuan: number;
    readonly grade: AccidentGrade;
    readonly previousGrade: AccidentGrade;
    readonly reason: string;
    readonly occurredAt: string;
  }
>;

export type AccidentEvent = AccidentReported | AccidentCasualtiesUpdated;

/** Every accident event type, as the accident decider reads them. */
export const ACCIDENT_EVENT_TYPES = eventTypesOf<AccidentEvent['type']>({
  AccidentReported: true,
  AccidentCasualtiesUpdated: true,
});

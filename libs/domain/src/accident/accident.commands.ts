import type { Command } from '../shared/decider';

export interface AccidentFigures {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly directLossYuan: number;
}

/** Carries no grade: the grade is derived from the figures, never typed in. */
export type ReportAccident = Command<
  'ReportAccident',
  AccidentFigures & {
    readonly accidentId: string;
    readonly departmentId: string;
    readonly industry: string;
    readonly occurredAt: string;
    readonly description: string;
  }
>;

export type UpdateAccidentCasualties = Command<
  'UpdateAccidentCasualties',
  AccidentFigures & {
    readonly accidentId: string;
    readonly reason: string;
    /** when the figures were revised (business time); the request time when omitted */
    readonly occurredAt?: string;
  }
>;

export type AccidentCommand = ReportAccident | UpdateAccidentCasualties;

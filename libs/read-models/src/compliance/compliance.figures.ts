import {
  ACCIDENT_GRADES,
  ADVERSE_EFFECTS,
  type AccidentGrade,
  type AdverseEffect,
} from '@dutyledger/domain';

/** Figures counted at a moment of a year (`year` on the fact): one fact per counted thing. */
export const POINT_FIGURES = [
  'dutiesPerformed',
  ...ADVERSE_EFFECTS.map((effect) => `dutiesFailed.${effect}` as const),
  ...ACCIDENT_GRADES.map((grade) => `accidents.${grade}` as const),
  'casesOpened',
  'casesClosed',
  'casesOpenedAsAuthority',
  'sanctionsDecided',
  'referralsDecided',
] as const;

/**
 * Figures that count cases: one case may count for several departments (the department of each
 * subject), so where those departments roll up together it counts once, not once per department.
 */
export const CASE_FIGURES = ['casesOpened', 'casesClosed'] as const;
export type CaseFigure = (typeof CASE_FIGURES)[number];

export function isCaseFigure(value: string): value is CaseFigure {
  return (CASE_FIGURES as readonly string[]).includes(value);
}

/**
 * Figures over time spans (`fromAt`..`toAt` on the fact): work-safety duties due (periods of the
 * cadence a span overlaps in the year), business-scope items and coverage gaps (open at year end).
 */
export const SPAN_FIGURES = ['dutiesDue', 'scopeItems', 'coverageGaps'] as const;

export const STORED_FIGURES = [...SPAN_FIGURES, ...POINT_FIGURES] as const;
export type StoredFigure = (typeof STORED_FIGURES)[number];
export type PointFigure = (typeof POINT_FIGURES)[number];
export type SpanFigure = (typeof SPAN_FIGURES)[number];

export function isPointFigure(value: string): value is PointFigure {
  return (POINT_FIGURES as readonly string[]).includes(value);
}

/** Names that drill down to several stored figures at once. */
const FIGURE_GROUPS = {
  dutiesFailed: ADVERSE_EFFECTS.map((effect) => `dutiesFailed.${effect}` as const),
  accidents: ACCIDENT_GRADES.map((grade) => `accidents.${grade}` as const),
} as const satisfies Record<string, readonly StoredFigure[]>;

/** Every figure name a drill-down accepts. */
export const FIGURE_NAMES = [...STORED_FIGURES, 'dutiesFailed', 'accidents'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

export function isFigureName(value: string): value is FigureName {
  return (FIGURE_NAMES as readonly string[]).includes(value);
}

/** The stored figures a figure name stands for. */
export function storedFiguresOf(name: FigureName): readonly StoredFigure[] {
  return name === 'dutiesFailed' || name === 'accidents' ? FIGURE_GROUPS[name] : [name];
}

export const failedFigure = (effect: AdverseEffect): PointFigure => `dutiesFailed.${effect}`;
export const accidentFigure = (grade: AccidentGrade): PointFigure => `accidents.${grade}`;

/** The figures of one department and year, as the API answers them. */
export interface ComplianceFigures {
  dutiesDue: number;
  dutiesPerformed: number;
  dutiesFailed: Record<AdverseEffect, number>;
  scopeItems: number;
  coveredItems: number;
  coverageGaps: number;
  accidents: Record<AccidentGrade, number>;
  /** Cases naming a subject on a post of the department (README, "Compliance score"). */
  casesOpened: number;
  casesClosed: number;
  /** Cases the department opened as the supervision authority, whoever their subjects. */
  casesOpenedAsAuthority: number;
  /** Measures on subjects of the department's posts. */
  sanctionsDecided: number;
  /** Referrals to discipline inspection or judicial organs: not measures, counted apart. */
  referralsDecided: number;
}

/** Flat sums by stored figure; a figure nobody counted is absent (0). */
export type FigureSums = ReadonlyMap<StoredFigure, number>;

export function figuresOf(sums: FigureSums): ComplianceFigures {
  const sum = (figure: StoredFigure) => sums.get(figure) ?? 0;
  const scopeItems = sum('scopeItems');
  const coverageGaps = sum('coverageGaps');
  return {
    dutiesDue: sum('dutiesDue'),
    dutiesPerformed: sum('dutiesPerformed'),
    dutiesFailed: {
      NONE: sum('dutiesFailed.NONE'),
      MINOR: sum('dutiesFailed.MINOR'),
      SERIOUS: sum('dutiesFailed.SERIOUS'),
    },
    scopeItems,
    coveredItems: scopeItems - coverageGaps,
    coverageGaps,
    accidents: {
      ESPECIALLY_SERIOUS: sum('accidents.ESPECIALLY_SERIOUS'),
      SERIOUS: sum('accidents.SERIOUS'),
      LARGER: sum('accidents.LARGER'),
      GENERAL: sum('accidents.GENERAL'),
    },
    casesOpened: sum('casesOpened'),
    casesClosed: sum('casesClosed'),
    casesOpenedAsAuthority: sum('casesOpenedAsAuthority'),
    sanctionsDecided: sum('sanctionsDecided'),
    referralsDecided: sum('referralsDecided'),
  };
}

/** Adds `more` into `into`, figure by figure (a roll-up). */
export function addFigureSums(into: Map<StoredFigure, number>, more: FigureSums): void {
  for (const [figure, amount] of more) into.set(figure, (into.get(figure) ?? 0) + amount);
}

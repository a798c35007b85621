import type { JurisdictionCalendar } from '@dutyledger/domain';
import type { EntityManager } from 'typeorm';
import { ComplianceJurisdictionCase } from './compliance-jurisdiction-case.entity';
import { ComplianceDepartment } from './compliance-department.entity';
import type { ComplianceFact } from './compliance-fact.entity';
import { dueSpanOf } from './compliance-rows';
import type { TotalKind } from './compliance-total.entity';
import { type TotalKey, moveTotal } from './pending-totals';
import { type StoredFigure, isCaseFigure, isPointFigure } from './compliance.figures';
import { periodsDue } from './duty-periods-due';

/*
 * The rolled-up totals (docs/decisions/0012-stored-roll-ups.md): every write of a compliance fact
 * goes through compliance-fact.ts, which hands the rows as they stood before and after it to
 * `adjustTotals`; each row's contributions move the totals of its department and of every
 * department above it. A page of the chart then reads its departments' totals: what it costs no
 * longer grows with the jurisdictions under them.
 */

/** The columns of a fact its contribution to the totals depends on. */
export type FactRow = Pick<
  ComplianceFact,
  | 'figure'
  | 'subject'
  | 'departmentId'
  | 'year'
  | 'value'
  | 'fromAt'
  | 'toAt'
  | 'closedBy'
  | 'cadence'
>;

/** What one fact adds to its jurisdictions' totals of one figure. */
export interface Contribution {
  figure: StoredFigure;
  kind: TotalKind;
  year: number;
  amount: number;
}

/**
 * The totals a fact moves, as the figures of a year read the facts (compliance-figures.query.ts):
 * a point fact its value in its year; a scope item or coverage gap (counted when it stands at a
 * year end) +1 from the year it opened and -1 from the year it closed; a duty's span the periods
 * it owes in each year it reaches, and for an open span its full year from the year after it
 * began. Case figures count distinct cases, not facts: see `caseCountedBy`.
 */
export function contributionsOf(fact: FactRow, calendar: JurisdictionCalendar): Contribution[] {
  const { figure } = fact;
  if (isCaseFigure(figure)) return [];
  if (isPointFigure(figure)) {
    return fact.year === null || fact.value === 0
      ? []
      : [{ figure, kind: 'AT', year: fact.year, amount: fact.value }];
  }
  if (figure === 'scopeItems' || figure === 'coverageGaps') {
    if (fact.value !== 1 || fact.fromAt === null) return [];
    const opened = calendar.yearOf(fact.fromAt);
    if (fact.toAt === null) return [{ figure, kind: 'FROM', year: opened, amount: 1 }];
    const closed = calendar.yearOf(fact.toAt);
    if (closed <= opened) return [];
    return [
      { figure, kind: 'FROM', year: opened, amount: 1 },
      { figure, kind: 'FROM', year: closed, amount: -1 },
    ];
  }
  if (figure === 'dutiesDue') return dueContributions(fact, calendar);
  return [];
}

function dueContributions(fact: FactRow, calendar: JurisdictionCalendar): Contribution[] {
  const span = dueSpanOf(fact);
  if (span === undefined) return [];
  const began = calendar.yearOf(span.fromAt);
  const contributions: Contribution[] = [];
  const owed = (kind: TotalKind, year: number, amount: number) => {
    if (amount !== 0) contributions.push({ figure: 'dutiesDue', kind, year, amount });
  };
  if (span.toAt === null) {
    owed('AT', began, periodsDue(span, began, calendar));
    // Open, it owes every period of each later year: as many as it owes in the next one.
    owed('FROM', began + 1, periodsDue(span, began + 1, calendar));
    return contributions;
  }
  const ended = calendar.yearOf(span.toAt);
  for (let year = began; year <= ended; year += 1) {
    owed('AT', year, periodsDue(span, year, calendar));
  }
  return contributions;
}

/** The case a fact counts in a case figure of a year, if it counts one. */
export function caseCountedBy(
  fact: FactRow,
): { figure: StoredFigure; year: number; subject: string } | undefined {
  const { figure } = fact;
  if (!isCaseFigure(figure) || fact.value !== 1 || fact.year === null) return undefined;
  return { figure, year: fact.year, subject: fact.subject };
}

/**
 * The departments a department's figures roll up into, itself first, remembered per data source
 * once every one of them is registered up to a root: a department's parent is given when it is
 * registered and never changes (the domain registers a department once), so a complete chain
 * stays true for every later transaction, and for a rebuild of the same log. (Only a chain read
 * in a batch that was then rolled back, and whose DepartmentRegistered the one-by-one retry then
 * parked, would outlive its rows: the registration is an upsert of the event's own data, so that
 * is not expected to happen.)
 */
const chains = new WeakMap<object, Map<string, readonly string[]>>();

async function rolledUpInto(
  manager: EntityManager,
  departmentId: string,
): Promise<readonly string[]> {
  let known = chains.get(manager.connection);
  if (known === undefined) {
    known = new Map();
    chains.set(manager.connection, known);
  }
  const remembered = known.get(departmentId);
  if (remembered !== undefined) return remembered;
  const departments = manager.getRepository(ComplianceDepartment);
  const chain: string[] = [];
  let next: string | null = departmentId;
  let complete = false;
  // A department is registered after its parent, so the chain ends; the check guards the loop.
  while (next !== null && !chain.includes(next)) {
    const above = known.get(next);
    if (above !== undefined) {
      chain.push(...above);
      complete = true;
      break;
    }
    chain.push(next);
    const department: ComplianceDepartment | null = await departments.findOneBy({
      departmentId: next,
    });
    if (department === null) break;
    next = department.parentId;
    complete = next === null;
  }
  if (complete) known.set(departmentId, chain);
  return chain;
}

type CaseCountKey = Pick<
  ComplianceJurisdictionCase,
  'departmentId' | 'figure' | 'year' | 'subject'
>;

/** Moves a case's count in one jurisdiction; its total moves when the case enters or leaves it. */
async function moveCaseCount(
  manager: EntityManager,
  key: CaseCountKey,
  facts: number,
): Promise<void> {
  const counts = manager.getRepository(ComplianceJurisdictionCase);
  const counted = await counts.findOneBy({ ...key });
  const before = counted?.facts ?? 0;
  const after = before + facts;
  if (counted === null) await counts.insert({ ...key, facts: after });
  else if (after === 0) await counts.delete({ ...key });
  else await counts.update({ ...key }, { facts: after });
  if (before > 0 !== after > 0) {
    const { departmentId, figure, year } = key;
    await moveTotal(manager, { departmentId, kind: 'AT', year, figure }, after > 0 ? 1 : -1);
  }
}

/**
 * Moves the totals by what the facts `before` contributed and what `after` contribute (the rows
 * of one write as they stood before it and stand after it; an insert has none before, a delete
 * none after), for each fact's department and every department above it.
 */
export async function adjustTotals(
  manager: EntityManager,
  before: readonly FactRow[],
  after: readonly FactRow[],
  calendar: JurisdictionCalendar,
): Promise<void> {
  const totals = new Map<string, TotalKey & { amount: number }>();
  const caseCounts = new Map<string, CaseCountKey & { facts: number }>();
  const count = (facts: readonly FactRow[], sign: 1 | -1) => {
    for (const fact of facts) {
      const { departmentId } = fact;
      for (const { figure, kind, year, amount } of contributionsOf(fact, calendar)) {
        const key = JSON.stringify([departmentId, kind, year, figure]);
        const total = totals.get(key) ?? { departmentId, kind, year, figure, amount: 0 };
        total.amount += sign * amount;
        totals.set(key, total);
      }
      const counted = caseCountedBy(fact);
      if (counted !== undefined) {
        const key = JSON.stringify([departmentId, counted.figure, counted.year, counted.subject]);
        const caseCount = caseCounts.get(key) ?? { departmentId, ...counted, facts: 0 };
        caseCount.facts += sign;
        caseCounts.set(key, caseCount);
      }
    }
  };
  count(before, -1);
  count(after, 1);
  for (const { amount, ...key } of totals.values()) {
    if (amount === 0) continue;
    for (const departmentId of await rolledUpInto(manager, key.departmentId)) {
      await moveTotal(manager, { ...key, departmentId }, amount);
    }
  }
  for (const { facts, ...key } of caseCounts.values()) {
    if (facts === 0) continue;
    for (const departmentId of await rolledUpInto(manager, key.departmentId)) {
      await moveCaseCount(manager, { ...key, departmentId }, facts);
    }
  }
}

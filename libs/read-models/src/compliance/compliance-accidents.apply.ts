import type { AccidentCasualtiesUpdated, AccidentReported } from '@dutyledger/domain';
import type { Recorded } from '@dutyledger/ledger';
import { type EntityManager, Like } from 'typeorm';
import type { ProjectionContext } from '../runner/projection';
import { ComplianceFact } from './compliance-fact.entity';
import { countAt, deleteFacts, insertFacts } from './compliance-fact';
import { accidentFigure } from './compliance.figures';

/** Counted in the local month and year it happened, under its grade. */
export async function accidentReported(
  event: Recorded<AccidentReported>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  await countAt(
    manager,
    event,
    {
      figure: accidentFigure(data.grade),
      subject: data.accidentId,
      departmentId: data.departmentId,
      at: data.occurredAt,
    },
    calendar,
  );
}

/**
 * Re-grading moves the accident to its new grade: it still counts once (its report), and the
 * latest update stands beside it (value 0) as the reason for the grade.
 */
export async function accidentCasualtiesUpdated(
  event: Recorded<AccidentCasualtiesUpdated>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  const facts = manager.getRepository(ComplianceFact);
  const where = { subject: data.accidentId, figure: Like('accidents.%') };
  const report = (await facts.findBy(where)).find((fact) => fact.eventType === 'AccidentReported');
  if (!report) {
    throw new Error(`AccidentCasualtiesUpdated ${event.id}: accident ${data.accidentId} unknown`);
  }
  await deleteFacts(manager, where, calendar);
  const figure = accidentFigure(data.grade);
  await insertFacts(manager, [{ ...report, figure }], calendar);
  await countAt(
    manager,
    event,
    {
      figure,
      subject: data.accidentId,
      departmentId: report.departmentId,
      at: report.occurredAt,
      value: 0,
      year: report.year ?? undefined,
    },
    calendar,
  );
}

import { type DataSource, In } from 'typeorm';
import { CadreHistoryCadre } from '../cadre-history/cadre-history-cadre.entity';
import { CadreHistoryDuty } from '../cadre-history/cadre-history-duty.entity';
import { CadreHistoryFailure } from '../cadre-history/cadre-history-failure.entity';
import { CadreHistoryHolding } from '../cadre-history/cadre-history-holding.entity';
import { CadreHistoryPost } from '../cadre-history/cadre-history-post.entity';
import type { CarriedDuty } from '../cadre-history/cadre-history.view';
import { ComplianceFact } from '../compliance/compliance-fact.entity';
import { DepartmentRow } from '../departments/department-row.entity';
import { DutyCaseGround } from './duty-case-ground.entity';

/** A duty's terms as amended (as a cadre's history has them), and what the duty page shows. */
export interface DutyPage extends Omit<CarriedDuty, 'periodsHeld' | 'sourceEventIds'> {
  post: {
    postId: string;
    title: string | null;
    departmentId: string | null;
    departmentName: string | null;
  };
  /** who held the post, first appointed first */
  holders: { cadreId: string; name: string | null; heldFrom: string; heldUntil: string | null }[];
  /** performances recorded (work-safety duties), by period; `due` false for a period not owed */
  performances: {
    performanceId: string;
    period: string | null;
    performedAt: string;
    due: boolean;
  }[];
  /** failures to perform it, oldest first, with the cadre who answers for each */
  failures: {
    failureId: string;
    occurredAt: string;
    kind: string;
    adverseEffect: string;
    description: string;
    cadreId: string;
    cadreName: string | null;
  }[];
  /** the cases citing one of its failures as grounds, first cited first */
  cases: { caseId: string; failureId: string; citedAt: string }[];
}

/** One duty with everything the duty page shows; null when the read models do not know it. */
export async function dutyPage(dataSource: DataSource, dutyId: string): Promise<DutyPage | null> {
  const duty = await dataSource.getRepository(CadreHistoryDuty).findOneBy({ dutyId });
  if (duty === null) return null;
  const post = await dataSource.getRepository(CadreHistoryPost).findOneBy({ postId: duty.postId });
  const department = post
    ? await dataSource.getRepository(DepartmentRow).findOneBy({ departmentId: post.departmentId })
    : null;
  const holdings = await dataSource
    .getRepository(CadreHistoryHolding)
    .find({ where: { postId: duty.postId }, order: { heldFrom: 'ASC', holdingId: 'ASC' } });
  const failures = await dataSource
    .getRepository(CadreHistoryFailure)
    .find({ where: { dutyId }, order: { occurredAt: 'ASC', failureId: 'ASC' } });
  const cadreIds = [...new Set([...holdings, ...failures].map((row) => row.cadreId))];
  const cadres = await dataSource
    .getRepository(CadreHistoryCadre)
    .find({ where: { cadreId: In(cadreIds) } });
  const nameOf = (cadreId: string) =>
    cadres.find((cadre) => cadre.cadreId === cadreId)?.name ?? null;
  const performed = await dataSource.getRepository(ComplianceFact).find({
    where: { dutyId, figure: 'dutiesPerformed' },
    order: { occurredAt: 'ASC', subject: 'ASC' },
  });
  const cases = await dataSource
    .getRepository(DutyCaseGround)
    .find({ where: { dutyId }, order: { citedAt: 'ASC', caseId: 'ASC', failureId: 'ASC' } });
  const { sourceEventIds: _sourceEventIds, ...terms } = duty;
  return {
    ...terms,
    post: {
      postId: duty.postId,
      title: post?.title ?? null,
      departmentId: post?.departmentId ?? null,
      departmentName: department?.name ?? null,
    },
    holders: holdings.map((holding) => ({
      cadreId: holding.cadreId,
      name: nameOf(holding.cadreId),
      heldFrom: holding.heldFrom,
      heldUntil: holding.heldUntil,
    })),
    performances: performed.map((fact) => ({
      performanceId: fact.subject,
      period: fact.period,
      performedAt: fact.occurredAt,
      due: fact.value === 1,
    })),
    failures: failures.map((failure) => ({
      failureId: failure.failureId,
      occurredAt: failure.occurredAt,
      kind: failure.kind,
      adverseEffect: failure.adverseEffect,
      description: failure.description,
      cadreId: failure.cadreId,
      cadreName: nameOf(failure.cadreId),
    })),
    cases: cases.map(({ caseId, failureId, citedAt }) => ({ caseId, failureId, citedAt })),
  };
}

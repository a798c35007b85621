import {
  type AppealDecided,
  type CaseClosed,
  type CaseOpened,
  type CaseReopened,
  type CaseSubjectNamed,
  type SanctionDecided,
  type SanctionWithdrawn,
  isMeasure,
} from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { Recorded } from '@dutyledger/ledger';
import { type EntityManager, In } from 'typeorm';
import type { ProjectionContext } from '../runner/projection';
import { ComplianceCaseSubject } from './compliance-case-subject.entity';
import { ComplianceFact } from './compliance-fact.entity';
import { countAt, deleteFacts, eventColumns, insertFacts } from './compliance-fact';
import { findPost } from './compliance-rows';

/*
 * Attribution (docs: "Identity"): a case counts for the department of each subject's post, once
 * per department however many of its cadres the case names; a measure counts for the department
 * of the post its subject was named with. The department that opened the case as the supervision
 * authority counts it in a figure of its own, `casesOpenedAsAuthority`.
 */

/** The opening of a case, as its authority's fact recorded it: the event and year it counts in. */
async function openingOf(
  manager: EntityManager,
  event: RecordedEvent,
  caseId: string,
): Promise<ComplianceFact> {
  const opened = await manager
    .getRepository(ComplianceFact)
    .findOneBy({ figure: 'casesOpenedAsAuthority', subject: caseId });
  if (!opened) throw new Error(`${event.type} ${event.id}: case ${caseId} was never opened`);
  return opened;
}

/** The departments the case counts for: those of its subjects' posts. */
async function subjectDepartments(manager: EntityManager, caseId: string): Promise<string[]> {
  const subjects = await manager.getRepository(ComplianceCaseSubject).findBy({ caseId });
  return [...new Set(subjects.map((subject) => subject.departmentId))].sort();
}

export async function caseOpened(
  event: Recorded<CaseOpened>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  await countAt(
    manager,
    event,
    {
      figure: 'casesOpenedAsAuthority',
      subject: data.caseId,
      departmentId: data.openedByDepartmentId,
      at: data.occurredAt,
    },
    calendar,
  );
}

/**
 * The first subject on a post of a department makes the case count there, as opened when the
 * case was opened (the CaseOpened event is what counts); every subject's naming is listed beside
 * it (uncounted), so the drill-down says why the case counts for the department.
 */
export async function caseSubjectNamed(
  event: Recorded<CaseSubjectNamed>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  const post = await findPost(manager, data.postId);
  if (!post) throw new Error(`CaseSubjectNamed ${event.id}: post ${data.postId} is unknown`);
  const { departmentId } = post;
  // A cadre named twice in one case stays one subject (the first naming's post and event).
  const caseSubjects = manager.getRepository(ComplianceCaseSubject);
  if (!(await caseSubjects.existsBy({ caseId: data.caseId, cadreId: data.cadreId }))) {
    await caseSubjects.insert({
      caseId: data.caseId,
      cadreId: data.cadreId,
      postId: data.postId,
      departmentId,
      eventId: event.id,
    });
  }
  const facts = manager.getRepository(ComplianceFact);
  const opening = await openingOf(manager, event, data.caseId);
  const counted = await facts.existsBy({
    figure: 'casesOpened',
    subject: data.caseId,
    departmentId,
    value: 1,
  });
  const { year, month, eventId, eventType, stream, position, occurredAt } = opening;
  const columns = { figure: 'casesOpened', subject: data.caseId, departmentId, year, month };
  const opened = { ...columns, value: 1, eventId, eventType, stream, position, occurredAt };
  await insertFacts(
    manager,
    [...(counted ? [] : [opened]), { ...columns, value: 0, ...eventColumns(event) }],
    calendar,
  );
}

/** Closed in the local year of its (latest) closing, for each department the case counts for. */
export async function caseClosed(
  event: Recorded<CaseClosed>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  await openingOf(manager, event, data.caseId);
  for (const departmentId of await subjectDepartments(manager, data.caseId)) {
    await countAt(
      manager,
      event,
      { figure: 'casesClosed', subject: data.caseId, departmentId, at: data.occurredAt },
      calendar,
    );
  }
}

/** A reopened case is closed no longer (until it closes again). */
export async function caseReopened(
  event: Recorded<CaseReopened>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  await deleteFacts(manager, { figure: 'casesClosed', subject: data.caseId }, calendar);
}

/**
 * A measure counts in `sanctionsDecided`; a referral (to discipline inspection or judicial
 * organs) is no measure and counts apart, in `referralsDecided`; both for the department of the
 * post its subject was named with.
 */
export async function sanctionDecided(
  event: Recorded<SanctionDecided>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  const subject = await manager
    .getRepository(ComplianceCaseSubject)
    .findOneBy({ caseId: data.caseId, cadreId: data.cadreId });
  if (!subject) {
    throw new Error(
      `SanctionDecided ${event.id}: cadre ${data.cadreId} is no subject of case ${data.caseId}`,
    );
  }
  await countAt(
    manager,
    event,
    {
      figure: isMeasure(data.sanction) ? 'sanctionsDecided' : 'referralsDecided',
      subject: data.sanctionId,
      departmentId: subject.departmentId,
      at: data.occurredAt,
    },
    calendar,
  );
}

/** A withdrawn sanction no longer counts. */
export async function sanctionWithdrawn(
  event: Recorded<SanctionWithdrawn>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  await deleteFacts(
    manager,
    { figure: In(['sanctionsDecided', 'referralsDecided']), subject: data.sanctionId },
    calendar,
  );
}

/** A measure revoked on appeal no longer counts; a changed one still does, with the appeal beside it. */
export async function appealDecided(
  event: Recorded<AppealDecided>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  const facts = manager.getRepository(ComplianceFact);
  const where = { figure: 'sanctionsDecided', subject: data.sanctionId };
  if (data.outcome === 'SANCTION_REVOKED') {
    await deleteFacts(manager, where, calendar);
    return;
  }
  if (data.outcome !== 'SANCTION_CHANGED') return;
  const decided = await facts.findOneBy({ ...where, value: 1 });
  if (!decided) return;
  const appeal = {
    figure: 'sanctionsDecided',
    subject: data.sanctionId,
    departmentId: decided.departmentId,
    year: decided.year,
    month: decided.month,
    value: 0,
    ...eventColumns(event),
  };
  await insertFacts(manager, [appeal], calendar);
}

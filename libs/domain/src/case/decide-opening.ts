import type { DecisionContext } from '../shared/decider';
import { unreachable } from '../shared/decider';
import { isBefore } from '../shared/business-time';
import { postAccidentInvestigationDueAt } from '../policies/deadlines';
import { toUtcIso } from '../policies/calendar';
import type { OpenAccountability } from './case.commands';
import type { CaseErrorCode } from './case.errors';
import { CASE_ERRORS } from './case.errors';
import type { CaseEvent } from './case.events';
import type { CaseGroundsFacts, CaseSubjectFact } from './case.facts';
import { caseError, requireText, stepTime } from './case.guards';
import type { CaseState } from './case.state';

function requireDistinct(ids: readonly string[], code: CaseErrorCode, what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw caseError(code, `${what} ${id} is named twice`);
    seen.add(id);
  }
}

/**
 * Pre-accident: only work-safety failures are cited, and every subject must answer for at least one
 * with an adverse effect, on the post the subject is named with. A vacant post's failure grounds a
 * case against no one.
 */
function requirePreAccidentGrounds(
  subjects: readonly CaseSubjectFact[],
  grounds: CaseGroundsFacts,
): void {
  if (grounds.accident !== null) {
    throw caseError(
      CASE_ERRORS.ACCIDENT_CITED_IN_PRE_ACCIDENT_CASE,
      `Accident ${grounds.accident.accidentId} is cited: open a post-accident case instead`,
    );
  }
  const notSafety = grounds.failures.find((failure) => !failure.workSafety);
  if (notSafety !== undefined) {
    throw caseError(
      CASE_ERRORS.CITED_FAILURE_NOT_WORK_SAFETY,
      `Failure ${notSafety.failureId} is on a business duty and was not recorded with a safety impact: only work-safety failures ground a pre-accident case`,
    );
  }
  for (const subject of subjects) {
    const grounded = grounds.failures.some(
      (failure) =>
        failure.adverseEffect !== 'NONE' &&
        failure.responsibleCadreId === subject.cadreId &&
        failure.postId === subject.postId,
    );
    if (!grounded) {
      throw caseError(
        CASE_ERRORS.PRE_ACCIDENT_SUBJECT_WITHOUT_ADVERSE_FAILURE,
        `No cited failure with an adverse effect was the responsibility of cadre ${subject.cadreId} on post ${subject.postId}`,
      );
    }
  }
}

/** Post-accident: a reported accident, and every subject held the named post when it happened. */
function requirePostAccidentGrounds(
  subjects: readonly CaseSubjectFact[],
  grounds: CaseGroundsFacts,
): string {
  if (grounds.accident === null || !grounds.accident.reported) {
    throw caseError(
      CASE_ERRORS.POST_ACCIDENT_CASE_REQUIRES_REPORTED_ACCIDENT,
      'A post-accident case needs a reported accident',
    );
  }
  const { accidentId, occurredAt } = grounds.accident;
  for (const subject of subjects) {
    if (subject.holderAtAccident !== subject.cadreId) {
      const holder =
        subject.holderAtAccident === null || subject.holderAtAccident === undefined
          ? 'the post was vacant'
          : `it was held by cadre ${subject.holderAtAccident}`;
      throw caseError(
        CASE_ERRORS.SUBJECT_DID_NOT_HOLD_POST_AT_ACCIDENT,
        `Cadre ${subject.cadreId} did not hold post ${subject.postId} when accident ${accidentId} happened at ${occurredAt}: ${holder}`,
      );
    }
  }
  return occurredAt;
}

/** A case is opened after what it rests on happened. */
function requireOpenedAfterGrounds(openedAt: string, grounds: CaseGroundsFacts): void {
  const dated = [
    ...grounds.failures.map((failure) => ({
      what: `failure ${failure.failureId}`,
      at: failure.occurredAt,
    })),
    ...(grounds.accident === null
      ? []
      : [{ what: `accident ${grounds.accident.accidentId}`, at: grounds.accident.occurredAt }]),
  ];
  const later = dated.find((ground) => isBefore(openedAt, ground.at));
  if (later !== undefined) {
    throw caseError(
      CASE_ERRORS.CASE_OPENED_BEFORE_GROUNDS,
      `The case cannot have been opened at ${openedAt}, before ${later.what} happened at ${later.at}`,
    );
  }
}

export function decideOpenAccountability(
  { data }: OpenAccountability,
  state: CaseState,
  context: DecisionContext,
): CaseEvent[] {
  const { caseId, kind, openedBy, subjects, grounds, summary } = data;
  const now = stepTime(data, context);
  if (state.status !== 'NOT_OPENED') {
    throw caseError(CASE_ERRORS.CASE_ALREADY_OPENED, `Case ${caseId} is already open`);
  }
  if (!openedBy.supervisionAuthority) {
    throw caseError(
      CASE_ERRORS.OPENER_NOT_SUPERVISION_AUTHORITY,
      `Department ${openedBy.departmentId} is not a work-safety supervision authority`,
    );
  }
  requireText(summary, CASE_ERRORS.CASE_SUMMARY_REQUIRED, 'The summary');
  if (subjects.length === 0) {
    throw caseError(CASE_ERRORS.CASE_SUBJECT_REQUIRED, 'A case names at least one subject');
  }
  requireDistinct(
    subjects.map((s) => s.cadreId),
    CASE_ERRORS.DUPLICATE_CASE_SUBJECT,
    'Cadre',
  );
  requireDistinct(
    grounds.failures.map((f) => f.failureId),
    CASE_ERRORS.DUPLICATE_CITED_FAILURE,
    'Failure',
  );

  let dueAt: string | null;
  switch (kind) {
    case 'PRE_ACCIDENT':
      requirePreAccidentGrounds(subjects, grounds);
      dueAt = null; // no statutory deadline for a pre-accident investigation
      break;
    case 'POST_ACCIDENT':
      dueAt = postAccidentInvestigationDueAt(
        requirePostAccidentGrounds(subjects, grounds),
        context.calendar,
      );
      break;
    default:
      return unreachable(kind);
  }
  requireOpenedAfterGrounds(now, grounds);

  const at = { caseId, occurredAt: now };
  const events: CaseEvent[] = [
    {
      type: 'CaseOpened',
      data: { ...at, kind, openedByDepartmentId: openedBy.departmentId, summary },
    },
    ...subjects.map(({ cadreId, postId }): CaseEvent => ({
      type: 'CaseSubjectNamed',
      data: { ...at, cadreId, postId },
    })),
    ...grounds.failures.map((failure): CaseEvent => ({
      type: 'FailureCited',
      data: {
        ...at,
        failureId: failure.failureId,
        dutyId: failure.dutyId,
        postId: failure.postId,
        failureOccurredAt: toUtcIso(failure.occurredAt),
        adverseEffect: failure.adverseEffect,
        responsibleCadreId: failure.responsibleCadreId,
      },
    })),
  ];
  if (grounds.accident !== null) {
    const { accidentId, occurredAt, grade } = grounds.accident;
    events.push({
      type: 'AccidentCited',
      data: { ...at, accidentId, accidentOccurredAt: toUtcIso(occurredAt), accidentGrade: grade },
    });
  }
  if (dueAt !== null) events.push({ type: 'InvestigationDeadlineSet', data: { ...at, dueAt } });
  return events;
}

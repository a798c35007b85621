/** Test data for the case projection specs: a post-accident case that goes through everything. */
import type { CaseEvent, CaseEventType } from '@dutyledger/domain';
import type { Actor, RecordedEvent } from '@dutyledger/event-store';
import type { DataSource, EntityTarget } from 'typeorm';
import { EventLog, project } from '../../../../test/support/projection-spec';
import type { Projection } from '../runner/projection';

export const DEPARTMENT = '1d0a6c2e-3b4f-4a5b-8c6d-7e8f9a0b1c2d';
export const POST_INDUSTRY = '2e1b7d3f-4c5a-4b6c-9d7e-8f9a0b1c2d3e';
export const POST_TRANSPORT = '3f2c8e4a-5d6b-4c7d-8e8f-9a0b1c2d3e4f';
export const ZHANG = '4a3d9f5b-6e7c-4d8e-9f9a-0b1c2d3e4f5a';
export const LI = '5b4e0a6c-7f8d-4e9f-8a0b-1c2d3e4f5a6b';
export const CASE_ID = '6c5f1b7d-8a9e-4f0a-9b1c-2d3e4f5a6b7c';
export const SANCTION_ZHANG = '7d6a2c8e-9b0f-4a1b-8c2d-3e4f5a6b7c8d';
export const SANCTION_LI = '8e7b3d9f-0c1a-4b2c-9d3e-4f5a6b7c8d9e';
export const APPEAL_ZHANG = '9f8c4e0a-1d2b-4c3d-8e4f-5a6b7c8d9e0f';
export const APPEAL_LI = 'a09d5f1b-2e3c-4d4e-9f5a-6b7c8d9e0f1a';
/** Li's measure and referral of the reopened round, and the waiver of its appeal. */
export const WARNING_LI = 'b1ae6a2c-3f4d-4e5f-8a6b-7c8d9e0f1a2c';
export const REFERRAL_LI = 'c2bf7b3d-4a5e-4f6a-9b7c-8d9e0f1a2b3d';

export const NAMES = {
  department: 'Riverside Municipal People’s Government',
  industry: 'Deputy Mayor for Industry',
  transport: 'Deputy Mayor for Transport',
  zhang: 'Zhang Wei',
  li: 'Li Na',
};

export const CASEWORKER: Actor = { id: 'caseworker-1', role: 'CASEWORKER' };
export const INVESTIGATOR: Actor = { id: 'supervisor-investigating', role: 'SUPERVISOR' };
export const DECIDER: Actor = { id: 'supervisor-deciding', role: 'SUPERVISOR' };
/** Took no earlier part: decides the appeals. */
export const APPEALS: Actor = { id: 'supervisor-appeals', role: 'SUPERVISOR' };

export const ACCIDENT_AT = '2026-01-01T06:30:00.000Z';
/** 60 days after the accident */
export const DUE_AT = '2026-03-02T06:30:00.000Z';
/** the one extension: 30 more days */
export const EXTENDED_DUE_AT = '2026-04-01T06:30:00.000Z';

/** A row of a case projection's own register of names. */
interface NameRow {
  kind: string;
  id: string;
  name: string;
}

/**
 * The names story (`recordNames`) projected into `dataSource` by `projection`: the rows of its
 * register of names (`table`), by name. Every case projection that keeps names answers
 * `NAMES_REGISTER`.
 */
export async function registeredNames(
  dataSource: DataSource,
  projection: Projection,
  table: EntityTarget<NameRow>,
): Promise<NameRow[]> {
  const log = new EventLog();
  recordNames(log);
  await project(dataSource, projection, log.events);
  const rows = await dataSource.getRepository(table).find({ order: { name: 'ASC' } });
  return rows.map(({ kind, id, name }) => ({ kind, id, name }));
}

/** What the names story registers, by name. */
export const NAMES_REGISTER: NameRow[] = [
  { kind: 'POST', id: POST_INDUSTRY, name: NAMES.industry },
  { kind: 'POST', id: POST_TRANSPORT, name: NAMES.transport },
  { kind: 'CADRE', id: LI, name: NAMES.li },
  { kind: 'DEPARTMENT', id: DEPARTMENT, name: NAMES.department },
  { kind: 'CADRE', id: ZHANG, name: NAMES.zhang },
];

/** Registers the department, posts and cadres that the story's case names. */
export function recordNames(log: EventLog): RecordedEvent[] {
  const at = '2025-01-02T00:00:00.000Z';
  const actor: Actor = { id: 'admin-1', role: 'ADMIN' };
  const post = (postId: string, title: string) =>
    log.record(
      'PostEstablished',
      {
        postId,
        departmentId: DEPARTMENT,
        title,
        rank: 'DEPUTY',
        businessScope: ['mining'],
        occurredAt: at,
      },
      { stream: `post-${postId}`, actor },
    );
  const cadre = (cadreId: string, name: string) =>
    log.record(
      'CadreRegistered',
      {
        cadreId,
        name,
        personnelNumber: `P-${name}`,
        managingDepartmentId: DEPARTMENT,
        occurredAt: at,
      },
      { stream: `cadre-${cadreId}`, actor },
    );
  return [
    log.record(
      'DepartmentRegistered',
      {
        departmentId: DEPARTMENT,
        name: NAMES.department,
        level: 'MUNICIPAL',
        kind: 'GOVERNMENT',
        parentId: null,
        industries: ['mining'],
        supervisionAuthority: true,
        occurredAt: at,
      },
      { stream: `department-${DEPARTMENT}`, actor },
    ),
    post(POST_INDUSTRY, NAMES.industry),
    post(POST_TRANSPORT, NAMES.transport),
    cadre(ZHANG, NAMES.zhang),
    cadre(LI, NAMES.li),
  ];
}

/** One event of the story: what happened, when, and who did it (`caseId` is added). */
export interface CaseStep {
  type: CaseEventType;
  data: Record<string, unknown>;
  at: string;
  actor: Actor;
}

type StepData<T extends CaseEventType> = Omit<
  Extract<CaseEvent, { type: T }>['data'],
  'caseId' | 'occurredAt'
>;

const step = <T extends CaseEventType>(
  type: T,
  at: string,
  actor: Actor,
  data: StepData<T>,
): CaseStep => ({ type, at, actor, data: { ...data } });

/**
 * Every case event type at least once: extension, a hearing notice left unanswered, appeals that
 * change and revoke, reopening, a new round with a measure, a referral and a waived appeal.
 */
export const CASE_STORY: readonly CaseStep[] = [
  step('CaseOpened', '2026-01-05T09:00:00.000Z', CASEWORKER, {
    kind: 'POST_ACCIDENT',
    openedByDepartmentId: DEPARTMENT,
    summary: 'Roof collapse in shaft 3: four dead',
  }),
  step('CaseSubjectNamed', '2026-01-05T09:00:00.000Z', CASEWORKER, {
    cadreId: ZHANG,
    postId: POST_INDUSTRY,
  }),
  step('CaseSubjectNamed', '2026-01-05T09:00:00.000Z', CASEWORKER, {
    cadreId: LI,
    postId: POST_TRANSPORT,
  }),
  step('AccidentCited', '2026-01-05T09:00:00.000Z', CASEWORKER, {
    accidentId: 'b1ae6a2c-3f4d-4e5f-8a6b-7c8d9e0f1a2b',
    accidentOccurredAt: ACCIDENT_AT,
    accidentGrade: 'LARGER',
  }),
  step('FailureCited', '2026-01-05T09:00:00.000Z', CASEWORKER, {
    failureId: 'c2bf7b3d-4a5e-4f6a-9b7c-8d9e0f1a2b3c',
    dutyId: 'd3c08c4e-5b6f-4a7b-8c8d-9e0f1a2b3c4d',
    postId: POST_INDUSTRY,
    failureOccurredAt: '2025-12-03T08:00:00.000Z',
    adverseEffect: 'SERIOUS',
    responsibleCadreId: ZHANG,
  }),
  step('InvestigationDeadlineSet', '2026-01-05T09:00:00.000Z', CASEWORKER, { dueAt: DUE_AT }),
  step('InvestigatorAssigned', '2026-01-06T09:00:00.000Z', CASEWORKER, {
    investigatorId: 'supervisor-first',
    previousInvestigatorId: null,
  }),
  step('InvestigatorAssigned', '2026-01-07T09:00:00.000Z', CASEWORKER, {
    investigatorId: INVESTIGATOR.id,
    previousInvestigatorId: 'supervisor-first',
  }),
  step('InvestigationStarted', '2026-01-08T09:00:00.000Z', CASEWORKER, {
    investigatorId: INVESTIGATOR.id,
  }),
  step('EvidenceAttached', '2026-01-09T09:00:00.000Z', CASEWORKER, {
    evidenceId: 'e4d19d5f-6c7a-4b8c-9d9e-0f1a2b3c4d5e',
    description: 'Inspection register of December',
    contentHash: 'ab'.repeat(32),
  }),
  step('SubjectStatementRecorded', '2026-01-10T09:00:00.000Z', CASEWORKER, {
    cadreId: ZHANG,
    statement: 'The inspections were delegated to the bureau',
  }),
  step('DeadlineExtended', '2026-02-20T09:00:00.000Z', CASEWORKER, {
    days: 30,
    reason: 'The geological survey is not back yet',
    previousDueAt: DUE_AT,
    dueAt: EXTENDED_DUE_AT,
  }),
  step('HearingNoticeServed', '2026-02-25T09:00:00.000Z', CASEWORKER, {
    cadreId: LI,
    respondBy: '2026-03-02T15:59:59.999Z',
  }),
  step('FindingRecorded', '2026-03-10T09:00:00.000Z', INVESTIGATOR, {
    cadreId: ZHANG,
    responsible: true,
    responsibilityKind: 'LEADERSHIP',
    reasoning: 'Signed off the inspection plan and never followed it up',
    hearing: 'STATEMENT',
    aggravating: [],
    mitigating: [{ circumstance: 'COOPERATION', note: 'Handed over every inspection plan' }],
    recordedBy: INVESTIGATOR.id,
  }),
  step('FindingRecorded', '2026-03-10T10:00:00.000Z', INVESTIGATOR, {
    cadreId: LI,
    responsible: true,
    responsibilityKind: 'SUPERVISORY',
    reasoning: 'Left two warnings about the haulage road unanswered',
    hearing: 'NOTICE_UNANSWERED',
    aggravating: [{ circumstance: 'REPEATED_WITHIN_YEAR', note: 'The second warning since May' }],
    mitigating: [],
    recordedBy: INVESTIGATOR.id,
  }),
  step('SanctionDecided', '2026-03-15T09:00:00.000Z', DECIDER, {
    sanctionId: SANCTION_ZHANG,
    cadreId: ZHANG,
    sanction: 'CIRCULATED_CRITICISM',
    decidedBy: DECIDER.id,
  }),
  step('SanctionDecided', '2026-03-15T09:30:00.000Z', DECIDER, {
    sanctionId: SANCTION_LI,
    cadreId: LI,
    sanction: 'SUSPENSION',
    decidedBy: DECIDER.id,
  }),
  step('CaseDecided', '2026-03-20T10:00:00.000Z', DECIDER, {
    appealWindowClosesAt: '2026-04-19T10:00:00.000Z',
    decidedBy: DECIDER.id,
  }),
  step('AppealFiled', '2026-03-25T09:00:00.000Z', CASEWORKER, {
    appealId: APPEAL_ZHANG,
    cadreId: ZHANG,
    sanctionId: SANCTION_ZHANG,
    grounds: 'The delegation was lawful',
  }),
  step('AppealDecided', '2026-04-02T09:00:00.000Z', APPEALS, {
    appealId: APPEAL_ZHANG,
    cadreId: ZHANG,
    sanctionId: SANCTION_ZHANG,
    outcome: 'SANCTION_CHANGED',
    changedSanction: 'ADMONISHMENT_TALK',
    reasoning: 'The delegation was lawful but not followed up',
    decidedBy: APPEALS.id,
  }),
  step('AppealFiled', '2026-04-03T09:00:00.000Z', CASEWORKER, {
    appealId: APPEAL_LI,
    cadreId: LI,
    sanctionId: SANCTION_LI,
    grounds: 'The warnings never reached the post',
  }),
  step('AppealDecided', '2026-04-10T09:00:00.000Z', APPEALS, {
    appealId: APPEAL_LI,
    cadreId: LI,
    sanctionId: SANCTION_LI,
    outcome: 'SANCTION_REVOKED',
    changedSanction: null,
    reasoning: 'The warnings were filed with another department',
    decidedBy: APPEALS.id,
  }),
  step('CaseClosed', '2026-04-20T09:00:00.000Z', DECIDER, { reason: 'Decided; appeals decided' }),
  step('CaseReopened', '2026-05-04T09:00:00.000Z', DECIDER, {
    reason: 'New evidence from the provincial inspection',
  }),
  step('FindingRecorded', '2026-05-20T09:00:00.000Z', INVESTIGATOR, {
    cadreId: ZHANG,
    responsible: false,
    responsibilityKind: null,
    reasoning: 'The provincial inspection shows the follow-up was done',
    hearing: 'STATEMENT',
    aggravating: [],
    mitigating: [],
    recordedBy: INVESTIGATOR.id,
  }),
  step('SanctionWithdrawn', '2026-05-20T09:00:00.000Z', INVESTIGATOR, {
    sanctionId: SANCTION_ZHANG,
    cadreId: ZHANG,
    reason: 'FINDING_SUPERSEDED',
  }),
  step('SubjectStatementRecorded', '2026-05-21T09:00:00.000Z', CASEWORKER, {
    cadreId: LI,
    statement: 'The second warning was filed with the transport bureau',
  }),
  step('FindingRecorded', '2026-05-25T09:00:00.000Z', INVESTIGATOR, {
    cadreId: LI,
    responsible: true,
    responsibilityKind: 'SUPERVISORY',
    reasoning: 'The provincial inspection found the second warning on the post’s desk',
    hearing: 'STATEMENT',
    aggravating: [],
    mitigating: [],
    recordedBy: INVESTIGATOR.id,
  }),
  step('SanctionDecided', '2026-05-28T09:00:00.000Z', DECIDER, {
    sanctionId: WARNING_LI,
    cadreId: LI,
    sanction: 'WARNING',
    decidedBy: DECIDER.id,
  }),
  step('SanctionDecided', '2026-05-28T09:30:00.000Z', DECIDER, {
    sanctionId: REFERRAL_LI,
    cadreId: LI,
    sanction: 'REFERRAL_TO_DISCIPLINE_INSPECTION',
    decidedBy: DECIDER.id,
  }),
  step('CaseDecided', '2026-06-01T09:00:00.000Z', DECIDER, {
    appealWindowClosesAt: '2026-07-01T15:59:59.999Z',
    decidedBy: DECIDER.id,
  }),
  step('AppealWaived', '2026-06-02T09:00:00.000Z', CASEWORKER, {
    cadreId: LI,
    sanctionId: WARNING_LI,
  }),
];

/** The recorded time of a step: five minutes after it happened. */
export const recordedAtOf = (at: string): string =>
  new Date(Date.parse(at) + 5 * 60_000).toISOString();

/** Records steps of a case on its stream, as the command side would. */
export function recordCase(
  log: EventLog,
  steps: readonly CaseStep[],
  caseId = CASE_ID,
): RecordedEvent[] {
  return steps.map(({ type, data, at, actor }) =>
    log.record(
      type,
      { caseId, ...data, occurredAt: at },
      { stream: `case-${caseId}`, actor, recordedAt: recordedAtOf(at) },
    ),
  );
}

/**
 * A case state as the version before hearing notices stored it in a row: without the fields it
 * did not know, and each finding with the statement flag instead of the hearing basis.
 */
export function storedBeforeFairProcedure(state: Record<string, unknown>): Record<string, unknown> {
  const {
    investigatorAssignedAt: _assigned,
    investigationStartedAt: _started,
    hearingNotices: _notices,
    waivers: _waivers,
    participants: _participants,
    reopenedAt: _reopened,
    findings,
    appeals,
    ...kept
  } = state as Record<string, unknown> & {
    findings: Record<string, Record<string, unknown>>;
    appeals: Record<string, unknown>[];
  };
  const oldFindings = Object.fromEntries(
    Object.entries(findings).map(([cadreId, finding]) => {
      const { hearing, aggravating: _a, mitigating: _m, recordedBy: _r, ...rest } = finding;
      return [cadreId, { ...rest, heardBeforeFinding: hearing === 'STATEMENT' }];
    }),
  );
  const oldAppeals = appeals.map(({ round: _round, ...appeal }) => appeal);
  return { ...kept, findings: oldFindings, appeals: oldAppeals };
}

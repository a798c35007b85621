import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEFAULT_COMPLIANCE_WEIGHTS } from '@dutyledger/domain';
import {
  DEFAULT_GRADE_BANDS,
  type AccidentGrade,
  type AdverseEffect,
  type Cadence,
  type DepartmentLevel,
  type DutyCategory,
  accidentStream,
  caseStream,
  departmentStream,
  dutyStream,
  postStream,
} from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import { EventLog, TEST_CALENDAR, project } from '../../../../test/support/projection-spec';
import {
  complianceOfYear,
  complianceOfYearPage,
  departmentComplianceOfYear,
} from './compliance-of-year.query';
import { figureEvents } from './compliance-drill-down.query';
import type { FigureName } from './compliance.figures';
import { complianceProjection } from './compliance.projection';
import type { DepartmentCompliance } from './compliance.report';

/** Given-events for the compliance projection specs: each method records one stored event. */
export class ComplianceLog {
  private readonly log = new EventLog();

  get events(): readonly RecordedEvent[] {
    return this.log.events;
  }

  department(
    level: DepartmentLevel,
    parentId: string | null,
    options: { name?: string; kind?: 'GOVERNMENT' | 'WORKING_DEPARTMENT' } = {},
  ): RecordedEvent & { id: string; departmentId: string } {
    const departmentId = randomUUID();
    const event = this.log.record(
      'DepartmentRegistered',
      {
        departmentId,
        name: options.name ?? `${level} ${departmentId.slice(0, 4)}`,
        level,
        kind: options.kind ?? 'GOVERNMENT',
        parentId,
        industries: [],
        supervisionAuthority: level === 'MUNICIPAL',
        occurredAt: '2025-01-01T00:00:00.000Z',
      },
      { stream: departmentStream(departmentId) },
    );
    return Object.assign(event, { departmentId });
  }

  post(departmentId: string, businessScope: string[], occurredAt = '2026-01-01T00:00:00.000Z') {
    const postId = randomUUID();
    const event = this.log.record(
      'PostEstablished',
      { postId, departmentId, title: 'Deputy Head', rank: 'DEPUTY', businessScope, occurredAt },
      { stream: postStream(postId) },
    );
    return Object.assign(event, { postId });
  }

  duty(
    postId: string,
    options: {
      industries: string[];
      cadence?: Cadence;
      category?: DutyCategory;
      occurredAt?: string;
    },
  ) {
    const dutyId = randomUUID();
    const category = options.category ?? 'WORK_SAFETY';
    const event = this.log.record(
      'DutyAssigned',
      {
        dutyId,
        postId,
        category,
        title: 'Inspection',
        principle: category === 'WORK_SAFETY' ? 'MANAGES_INDUSTRY' : null,
        industries: options.industries,
        cadence: options.cadence ?? 'MONTHLY',
        basis: 'Work Safety Law, art. 3',
        occurredAt: options.occurredAt ?? '2026-01-01T00:00:00.000Z',
      },
      { stream: dutyStream(dutyId) },
    );
    return Object.assign(event, { dutyId });
  }

  amend(
    dutyId: string,
    changes: { cadence?: Cadence; industries?: string[] },
    occurredAt: string,
  ): RecordedEvent {
    return this.log.record(
      'DutyAmended',
      { dutyId, ...changes, reason: 'Duty list revised', occurredAt },
      { stream: dutyStream(dutyId) },
    );
  }

  revoke(dutyId: string, occurredAt: string): RecordedEvent {
    return this.log.record(
      'DutyRevoked',
      { dutyId, reason: 'Post reorganised', occurredAt },
      { stream: dutyStream(dutyId) },
    );
  }

  performance(dutyId: string, period: string, performedAt: string): RecordedEvent {
    return this.log.record(
      'DutyPerformanceRecorded',
      {
        dutyId,
        performanceId: randomUUID(),
        period,
        performedAt,
        evidence: 'Inspection report',
        occurredAt: performedAt,
      },
      { stream: dutyStream(dutyId) },
    );
  }

  failure(
    dutyId: string,
    postId: string,
    adverseEffect: AdverseEffect,
    occurredAt: string,
    options: { safetyImpact?: boolean; schemaVersion?: 1 } = {},
  ): RecordedEvent {
    const data = {
      failureId: randomUUID(),
      dutyId,
      postId,
      occurredAt,
      description: 'Inspection not carried out',
      evidence: 'Inspection register',
      adverseEffect,
      responsibleCadreId: null,
      vacant: true,
    };
    // Schema v1 knew no kind and no safety impact.
    const current = {
      ...data,
      kind: 'INSPECTION_NOT_ORGANISED',
      otherKind: null,
      safetyImpact: options.safetyImpact ?? true,
    };
    return this.log.record('FailureToPerformRecorded', options.schemaVersion ? data : current, {
      stream: dutyStream(dutyId),
      schemaVersion: options.schemaVersion,
    });
  }

  accident(departmentId: string, grade: AccidentGrade, occurredAt: string) {
    const accidentId = randomUUID();
    const event = this.log.record(
      'AccidentReported',
      {
        accidentId,
        departmentId,
        industry: 'mining',
        occurredAt,
        description: 'Roof collapse',
        deaths: 1,
        seriousInjuries: 0,
        directLossYuan: 0,
        grade,
      },
      { stream: accidentStream(accidentId) },
    );
    return Object.assign(event, { accidentId });
  }

  regrade(
    accidentId: string,
    previousGrade: AccidentGrade,
    grade: AccidentGrade,
    occurredAt: string,
  ): RecordedEvent {
    return this.log.record(
      'AccidentCasualtiesUpdated',
      {
        accidentId,
        deaths: 12,
        seriousInjuries: 0,
        directLossYuan: 0,
        grade,
        previousGrade,
        reason: 'Two more victims found',
        occurredAt,
      },
      { stream: accidentStream(accidentId) },
    );
  }

  /** A case event; CaseOpened takes the opening department in `data`. */
  caseEvent(type: string, caseId: string, data: Record<string, unknown>, occurredAt: string) {
    return this.log.record(type, { caseId, ...data, occurredAt }, { stream: caseStream(caseId) });
  }

  /**
   * A case opened by `departmentId` (as the supervision authority) naming `subjects`, each a cadre
   * with the post held (the case counts for the posts' departments).
   */
  caseOpened(
    departmentId: string,
    occurredAt: string,
    subjects: readonly { cadreId?: string; postId: string }[] = [],
  ) {
    const caseId = randomUUID();
    const event = this.caseEvent(
      'CaseOpened',
      caseId,
      { kind: 'PRE_ACCIDENT', openedByDepartmentId: departmentId, summary: 'Inspections missed' },
      occurredAt,
    );
    const named = subjects.map((subject) =>
      this.caseEvent(
        'CaseSubjectNamed',
        caseId,
        { cadreId: subject.cadreId ?? randomUUID(), postId: subject.postId },
        occurredAt,
      ),
    );
    return Object.assign(event, { caseId, named });
  }

  /** A measure (or referral) for `cadreId`, a subject of the case. */
  sanction(caseId: string, occurredAt: string, cadreId: string, sanction = 'ADMONISHMENT_TALK') {
    const sanctionId = randomUUID();
    const event = this.caseEvent(
      'SanctionDecided',
      caseId,
      { sanctionId, cadreId, sanction, decidedBy: 'supervisor-1' },
      occurredAt,
    );
    return Object.assign(event, { sanctionId });
  }
}

/** Projects the log into a fresh database and reads every department's compliance of `year`. */
export async function complianceOf(
  dataSource: DataSource,
  events: readonly RecordedEvent[],
  year: number,
): Promise<Map<string, DepartmentCompliance>> {
  await project(dataSource, complianceProjection, events);
  return readCompliance(dataSource, year);
}

export async function readCompliance(
  dataSource: DataSource,
  year: number,
): Promise<Map<string, DepartmentCompliance>> {
  const reading = {
    calendar: TEST_CALENDAR,
    weights: DEFAULT_COMPLIANCE_WEIGHTS,
    bands: DEFAULT_GRADE_BANDS,
  };
  const report = await complianceOfYear(dataSource, year, reading);
  // The pages read the roll-ups the projection stored (decision 0012), the report rolls the facts
  // up as it reads them: every scenario of the compliance specs checks that the two agree.
  const paged = await complianceOfYearPage(
    dataSource,
    { year, skip: 0, take: report.length + 1 },
    reading,
  );
  // Spread: better-sqlite3 makes its row arrays outside jest's realm, and so would their `map`.
  assert.deepStrictEqual(
    [...(paged?.items ?? [])],
    report,
    `stored roll-ups of ${year} differ from the facts`,
  );
  // One department at a time, as GET /compliance/{departmentId}/{year} reads it.
  for (const entry of report) {
    const one = await departmentComplianceOfYear(dataSource, entry.departmentId, year, reading);
    assert.deepStrictEqual(one, entry, `${entry.name}'s stored roll-ups of ${year} differ`);
  }
  return new Map(report.map((entry) => [entry.departmentId, entry]));
}

/** The events behind a figure of the departments in `year`: [event id, counted], in log order. */
export async function drilled(
  dataSource: DataSource,
  departmentIds: string[],
  figure: FigureName,
  year = 2026,
): Promise<[string, boolean][]> {
  const query = { departmentIds, year, figure, skip: 0, take: 100 };
  const { items } = await figureEvents(dataSource, query, TEST_CALENDAR);
  return items.map((item) => [item.eventId, item.counted]);
}

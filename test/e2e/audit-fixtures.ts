import { randomUUID } from 'node:crypto';
import type { EventStore } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import { type Answer, call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';
import { CaseFixtures, type Subject } from './case-fixtures';

const DAY_MS = 86_400_000;

/** A settable clock: each step of the story happens on the day it names. */
export class StoryClock {
  /** Day 0 of the story, 200 days before the real today (the fixtures appoint 400 days back). */
  readonly start = new Date(Math.floor((Date.now() - 200 * DAY_MS) / DAY_MS) * DAY_MS);
  private current = this.start;

  readonly now = (): Date => this.current;

  /** The instant at 10:00 UTC of story day `day`, as ISO-8601. */
  day(day: number): string {
    return new Date(this.start.getTime() + day * DAY_MS + 10 * 3_600_000).toISOString();
  }

  set(day: number): void {
    this.current = new Date(this.day(day));
  }
}

/** The story's days: when each thing happened in the world, and when it was recorded. */
export const DAYS = {
  setUp: 0,
  failureHappened: 5,
  failureRecorded: 40,
  opened: 45,
  found: 50,
  decided: 55,
  appealed: 60,
  appealDecided: 70,
  closed: 75,
  reopened: 90,
} as const;

export interface AuditStory {
  caseId: string;
  dutyId: string;
  failureId: string;
  subject: Subject;
  sanctionId: string;
  appealId: string;
}

/** An app on a story clock, with an auditor's token and HTTP helpers. */
export class AuditSuite {
  readonly clock = new StoryClock();
  running: RunningApp | undefined;

  get app(): RunningApp {
    if (!this.running) throw new Error('the suite has not started');
    return this.running;
  }

  get store(): EventStore {
    return this.app.app.get<EventStore>(EVENT_STORE);
  }

  async start(postgres = false): Promise<void> {
    this.running = await startApp({ clock: this.clock.now, postgres });
  }

  auditor(subject = 'auditor-1'): string {
    return this.app.token('AUDITOR', subject);
  }

  get(path: string, token = this.auditor()): Promise<Answer> {
    return call(this.app.url, 'GET', path, { token });
  }

  /** A GET whose body is not JSON (bundle, report). */
  async text(path: string, token = this.auditor()) {
    const response = await fetch(`${this.app.url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  /** Waits until the projections have seen everything stored so far. */
  async projectedAll(): Promise<void> {
    const [head] = await this.store.readAll({ direction: 'backwards', maxCount: 1 });
    await this.app.projected(String(head?.position ?? 0n));
  }

  private async ok(token: string, path: string, body?: unknown): Promise<string> {
    const answer = await call(this.app.url, 'POST', path, { token, body });
    if (answer.status !== 201) {
      throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return String(answer.body.id);
  }

  /**
   * A pre-accident case on a failure that happened on day 5 but was recorded only on day 40; the
   * case is opened, investigated, decided with a sanction, appealed (the sanction is changed),
   * closed and reopened, each on its own day. `summary` is the case's summary.
   */
  async appealedAndReopenedCase(summary: string): Promise<AuditStory> {
    const { clock } = this;
    const caseworker = this.app.token('CASEWORKER');
    const investigator = this.app.token('SUPERVISOR', 'supervisor-investigating');
    const decider = this.app.token('SUPERVISOR', 'supervisor-deciding');
    // An appeal is decided by a supervisor who took no earlier part in the case.
    const appealBoard = this.app.token('SUPERVISOR', 'supervisor-appeals');
    clock.set(DAYS.setUp);
    const fixtures = new CaseFixtures(this.app);
    const authority = await fixtures.supervisionAuthority();
    const subject = await fixtures.cadreOnPost(authority);
    const dutyId = await this.ok(caseworker, '/duties', {
      postId: subject.postId,
      category: 'WORK_SAFETY',
      title: 'Monthly hazard inspection of the mines',
      principle: 'MANAGES_INDUSTRY',
      industries: ['mining'],
      cadence: 'MONTHLY',
      basis: 'Work Safety Law, art. 3',
    });
    clock.set(DAYS.failureRecorded);
    const failureId = await this.ok(caseworker, `/duties/${dutyId}/failures`, {
      occurredAt: clock.day(DAYS.failureHappened),
      kind: 'INSPECTION_NOT_ORGANISED',
      description: 'The monthly inspection was not carried out',
      evidence: 'Inspection register of the month',
      adverseEffect: 'SERIOUS',
    });
    clock.set(DAYS.opened);
    const caseId = await this.ok(caseworker, '/cases', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: authority,
      subjects: [subject],
      failures: [{ dutyId, failureId }],
      summary,
    });
    await this.ok(caseworker, `/cases/${caseId}/investigator`, {
      investigatorId: 'supervisor-investigating',
    });
    await this.ok(caseworker, `/cases/${caseId}/investigation`);
    clock.set(DAYS.found);
    const { cadreId } = subject;
    await this.ok(caseworker, `/cases/${caseId}/statements`, {
      cadreId,
      statement: 'The inspectors were on leave that month',
    });
    await this.ok(investigator, `/cases/${caseId}/findings`, {
      cadreId,
      responsible: true,
      responsibilityKind: 'DIRECT',
      reasoning: 'The inspection was the post’s duty and was skipped without cover',
    });
    const sanctionId = randomUUID();
    await this.ok(decider, `/cases/${caseId}/sanctions`, {
      sanctionId,
      cadreId,
      sanction: 'CIRCULATED_CRITICISM',
    });
    clock.set(DAYS.decided);
    await this.ok(decider, `/cases/${caseId}/decision`);
    clock.set(DAYS.appealed);
    const appealId = randomUUID();
    await this.ok(caseworker, `/cases/${caseId}/appeals`, {
      appealId,
      cadreId,
      grounds: 'The leave was approved by the bureau',
    });
    clock.set(DAYS.appealDecided);
    await this.ok(appealBoard, `/cases/${caseId}/appeal-decisions`, {
      appealId,
      outcome: 'SANCTION_CHANGED',
      changedSanction: 'ADMONISHMENT_TALK',
      reasoning: 'Approved leave lessens the fault but does not lift the duty to arrange cover',
    });
    clock.set(DAYS.closed);
    await this.ok(decider, `/cases/${caseId}/closure`, {
      reason: 'Decided; the appeal is decided',
    });
    clock.set(DAYS.reopened);
    await this.ok(decider, `/cases/${caseId}/reopening`, { reason: 'A new witness came forward' });
    return { caseId, dutyId, failureId, subject, sanctionId, appealId };
  }
}

/** Call at the top of a describe block: starts the app before its tests and stops it after. */
export function auditSuite(options: { postgres?: boolean } = {}): AuditSuite {
  const suite = new AuditSuite();
  beforeAll(() => suite.start(options.postgres));
  afterAll(() => suite.running?.stop());
  return suite;
}

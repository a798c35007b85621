import { randomUUID } from 'node:crypto';
import type { AccidentGrade, AdverseEffect } from '@dutyledger/domain';
import { caseStream } from '@dutyledger/domain';
import type { EventStore, RecordedEvent } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import { call } from '../support/http';
import type { RunningApp } from '../support/running-app';

export interface Subject {
  cadreId: string;
  postId: string;
}

export interface FailureReference {
  dutyId: string;
  failureId: string;
}

/** Casualty figures that derive each grade (national accident-reporting regulation). */
const FIGURES_OF: Record<AccidentGrade, { deaths: number }> = {
  ESPECIALLY_SERIOUS: { deaths: 30 },
  SERIOUS: { deaths: 10 },
  LARGER: { deaths: 4 },
  GENERAL: { deaths: 1 },
};

/**
 * Who acts in a case, by token subject: separation of functions needs an investigator, a
 * supervisor who decides, and another who decides appeals.
 */
export const ACTORS = {
  investigator: 'supervisor-investigating',
  decider: 'supervisor-deciding',
  appealBoard: 'supervisor-appeals',
} as const;

export interface CaseTokens {
  admin: string;
  caseworker: string;
  investigator: string;
  decider: string;
  appealBoard: string;
}

export function caseTokens(running: RunningApp): CaseTokens {
  return {
    admin: running.token('ADMIN'),
    caseworker: running.token('CASEWORKER'),
    investigator: running.token('SUPERVISOR', ACTORS.investigator),
    decider: running.token('SUPERVISOR', ACTORS.decider),
    appealBoard: running.token('SUPERVISOR', ACTORS.appealBoard),
  };
}

export const daysAgo = (days: number): string =>
  new Date(Date.now() - days * 86_400_000).toISOString();

/**
 * Sets up what a case is about (organisation, duties, failures, accidents) through the api's own
 * endpoints, and reads a case's stored events back for assertions.
 */
export class CaseFixtures {
  private readonly store: EventStore;
  private readonly admin: string;
  private readonly caseworker: string;

  constructor(private readonly running: RunningApp) {
    this.store = running.app.get<EventStore>(EVENT_STORE);
    this.admin = running.token('ADMIN');
    this.caseworker = running.token('CASEWORKER');
  }

  /** The municipal government, registered as the work-safety supervision authority. */
  supervisionAuthority(): Promise<string> {
    return this.created(this.admin, '/departments', {
      name: 'Riverside Municipal People’s Government',
      level: 'MUNICIPAL',
      kind: 'GOVERNMENT',
      industries: ['mining'],
      supervisionAuthority: true,
      effectiveFrom: daysAgo(2000),
    });
  }

  /** A cadre appointed, more than a year ago, to a new post of the department. */
  async cadreOnPost(departmentId: string): Promise<Subject> {
    const cadreId = await this.created(this.admin, '/cadres', {
      name: 'Li Wei',
      personnelNumber: `P-${randomUUID().slice(0, 8)}`,
      managingDepartmentId: departmentId,
    });
    const postId = await this.created(this.admin, '/posts', {
      departmentId,
      title: 'Deputy Mayor (mining)',
      rank: 'DEPUTY',
      businessScope: ['mining'],
      effectiveFrom: daysAgo(1000),
    });
    await this.created(this.admin, `/posts/${postId}/appointments`, {
      cadreId,
      effectiveFrom: daysAgo(400),
    });
    return { cadreId, postId };
  }

  /** A work-safety duty on the subject's post, failed (a month ago) while the subject held it. */
  async failure(
    subject: Subject,
    adverseEffect: AdverseEffect,
    failedDaysAgo = 30,
  ): Promise<FailureReference> {
    const dutyId = await this.created(this.caseworker, '/duties', {
      postId: subject.postId,
      category: 'WORK_SAFETY',
      title: 'Monthly hazard inspection of the mines',
      principle: 'MANAGES_INDUSTRY',
      industries: ['mining'],
      cadence: 'MONTHLY',
      basis: 'Work Safety Law, art. 3',
      effectiveFrom: daysAgo(365),
    });
    const failureId = await this.created(this.caseworker, `/duties/${dutyId}/failures`, {
      occurredAt: daysAgo(failedDaysAgo),
      kind: 'INSPECTION_NOT_ORGANISED',
      description: 'The monthly inspection was not carried out',
      evidence: 'Inspection register of the month',
      adverseEffect,
    });
    return { dutyId, failureId };
  }

  accident(departmentId: string, occurredAt: string, grade: AccidentGrade): Promise<string> {
    return this.created(this.caseworker, '/accidents', {
      departmentId,
      industry: 'mining',
      occurredAt,
      description: 'Roof collapse in shaft 3',
      ...FIGURES_OF[grade],
      seriousInjuries: 0,
      directLossYuan: 0,
    });
  }

  /** The case's stored events, in order. */
  caseEvents(caseId: string): Promise<RecordedEvent[]> {
    return this.store.readStream(caseStream(caseId));
  }

  /** The id the command answered; fails loudly when the set-up itself is refused. */
  private async created(token: string, path: string, body: unknown): Promise<string> {
    const answer = await call(this.running.url, 'POST', path, { token, body });
    if (answer.status !== 201) {
      throw new Error(
        `set-up POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    }
    return String(answer.body.id);
  }
}

import { createHash, randomUUID } from 'node:crypto';
import type { Role } from '@dutyledger/auth';
import { call } from '../../support/http';

/** Where the commands go and who sends them. */
export interface Target {
  url: string;
  token(role: Role): string;
}

export interface Command {
  path: string;
  body: Record<string, unknown>;
}

export interface Fixtures {
  duties: string[];
  cases: string[];
}

const POSTS = 16;
const DUTIES_PER_POST = 4;
const CASES = 16;

export const FIXTURE_SUMMARY = `${POSTS * DUTIES_PER_POST} duties, ${CASES} cases under investigation`;

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

async function created(target: Target, token: string, path: string, body: unknown) {
  const answer = await call(target.url, 'POST', path, { token, body });
  if (answer.status !== 201) {
    throw new Error(
      `set-up POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
    );
  }
  return String(answer.body.id);
}

/** A supervision authority, cadres on posts, monthly duties, and cases under investigation. */
export async function fixtures(target: Target): Promise<Fixtures> {
  const admin = target.token('ADMIN');
  const caseworker = target.token('CASEWORKER');
  const authority = await created(target, admin, '/departments', {
    name: 'Bench Municipal People’s Government',
    level: 'MUNICIPAL',
    kind: 'GOVERNMENT',
    industries: ['mining'],
    supervisionAuthority: true,
    // Business time: the organisation exists before the appointments and duties dated below.
    effectiveFrom: daysAgo(4200),
  });
  const duties: string[] = [];
  const subjects: { cadreId: string; postId: string; dutyId: string }[] = [];
  for (let i = 0; i < POSTS; i++) {
    const cadreId = await created(target, admin, '/cadres', {
      name: `Cadre ${i}`,
      personnelNumber: `P-${randomUUID().slice(0, 8)}`,
      managingDepartmentId: authority,
      occurredAt: daysAgo(4100),
    });
    const postId = await created(target, admin, '/posts', {
      departmentId: authority,
      title: `Deputy Mayor ${i}`,
      rank: 'DEPUTY',
      businessScope: ['mining'],
      effectiveFrom: daysAgo(4100),
    });
    await created(target, admin, `/posts/${postId}/appointments`, {
      cadreId,
      effectiveFrom: daysAgo(4000),
    });
    for (let d = 0; d < DUTIES_PER_POST; d++) {
      const dutyId = await created(target, caseworker, '/duties', {
        postId,
        category: 'WORK_SAFETY',
        title: `Monthly hazard inspection ${d}`,
        principle: 'MANAGES_INDUSTRY',
        industries: ['mining'],
        cadence: 'MONTHLY',
        basis: 'Work Safety Law, art. 3',
        effectiveFrom: daysAgo(4000),
      });
      duties.push(dutyId);
      if (d === 0) subjects.push({ cadreId, postId, dutyId });
    }
  }
  const cases: string[] = [];
  for (let c = 0; c < CASES; c++) {
    const subject = subjects[c % subjects.length];
    if (subject === undefined) throw new Error('no subjects');
    const failureId = await created(target, caseworker, `/duties/${subject.dutyId}/failures`, {
      occurredAt: daysAgo(30 + c),
      kind: 'INSPECTION_NOT_ORGANISED',
      description: 'The monthly inspection was not carried out',
      evidence: 'Inspection register of the month',
      adverseEffect: 'SERIOUS',
    });
    const caseId = await created(target, caseworker, '/cases', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: authority,
      subjects: [{ cadreId: subject.cadreId, postId: subject.postId }],
      failures: [{ dutyId: subject.dutyId, failureId }],
      summary: 'Monthly hazard inspections of the mines were not carried out',
    });
    // Evidence is attached while a case is under investigation.
    await created(target, caseworker, `/cases/${caseId}/investigator`, {
      investigatorId: 'supervisor-investigating',
    });
    await created(target, caseworker, `/cases/${caseId}/investigation`, undefined);
    cases.push(caseId);
  }
  return { duties, cases };
}

/** Valid, distinct commands in turn: duty performance, failure to perform, case evidence. */
export class CommandMix {
  private sent = 0;
  /** Every (duty, month) pair is used at most once: months count back from last month. */
  private performances = 0;

  constructor(private readonly fixtures: Fixtures) {}

  next(): Command {
    const n = this.sent++;
    const { duties, cases } = this.fixtures;
    switch (n % 3) {
      case 0: {
        const k = this.performances++;
        const dutyId = duties[k % duties.length] ?? '';
        const monthsBack = 1 + Math.floor(k / duties.length);
        const now = new Date();
        const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
        const period = `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
        return {
          path: `/duties/${dutyId}/performances`,
          body: {
            performanceId: randomUUID(),
            period,
            performedAt: new Date(month.getTime() + 10 * 86_400_000).toISOString(),
            evidence: `Inspection report ${n}`,
          },
        };
      }
      case 1:
        return {
          path: `/duties/${duties[n % duties.length] ?? ''}/failures`,
          body: {
            failureId: randomUUID(),
            occurredAt: new Date(Date.now() - 86_400_000 - (n % 3_000_000) * 1000).toISOString(),
            kind: 'INSPECTION_NOT_ORGANISED',
            description: `Inspection ${n} was not carried out`,
            evidence: `Register page ${n}`,
            adverseEffect: 'NONE',
          },
        };
      default:
        return {
          path: `/cases/${cases[n % cases.length] ?? ''}/evidence`,
          body: {
            evidenceId: randomUUID(),
            description: `Scanned register page ${n}`,
            contentHash: createHash('sha256').update(`evidence ${n}`).digest('hex'),
          },
        };
    }
  }
}

/** A new top department per command: a command that creates its stream. */
export class DepartmentRegistrations {
  private sent = 0;

  next(): Command {
    const n = this.sent++;
    return {
      path: '/departments',
      body: {
        name: `Bench Municipal People’s Government ${n}`,
        level: 'MUNICIPAL',
        kind: 'GOVERNMENT',
        industries: ['mining'],
        supervisionAuthority: false,
      },
    };
  }
}

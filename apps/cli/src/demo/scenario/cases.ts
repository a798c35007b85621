import {
  type CaseEventType,
  type CaseStatus,
  OPENED_CASE_STATUS,
  caseStatusAfter,
} from '@dutyledger/domain';
import type { DemoCalendar } from '../demo-calendar';
import type { DemoCommand, DemoPhase } from '../demo-command';
import { demoContentHash } from '../demo-ids';
import { DEMO_ACCIDENTS } from './accidents';
import { type CaseStep, DEMO_CASES, type DemoCase } from './case-stories';
import type { DemoDuty } from './duties';
import { DEMO_FAILURES } from './failures';
import { ids } from './ids';
import type { DemoOrganisation } from './organisation';

export { DEMO_CASES, type CaseStep, type DemoCase } from './case-stories';

/** The case event each step's command records last (the one that may move the status). */
const STEP_EVENT: Record<CaseStep['step'], CaseEventType> = {
  investigate: 'InvestigationStarted',
  evidence: 'EvidenceAttached',
  notice: 'HearingNoticeServed',
  statement: 'SubjectStatementRecorded',
  finding: 'FindingRecorded',
  sanction: 'SanctionDecided',
  decide: 'CaseDecided',
  waive: 'AppealWaived',
  appeal: 'AppealFiled',
  'appeal-decision': 'AppealDecided',
  extend: 'DeadlineExtended',
  close: 'CaseClosed',
  reopen: 'CaseReopened',
};

/** The status a case has after its steps, as the domain's status machine moves it. */
export function statusAfter(demoCase: DemoCase): CaseStatus {
  let pending = 0;
  return demoCase.steps.reduce<CaseStatus>((status, step) => {
    if (step.step === 'appeal') pending += 1;
    if (step.step === 'appeal-decision') pending -= 1;
    return caseStatusAfter(status, STEP_EVENT[step.step], pending);
  }, OPENED_CASE_STATUS);
}

/** When the grounds happened, in days before the load: the subjects are who held the posts then. */
function groundsDays(demoCase: DemoCase): number {
  const accident = DEMO_ACCIDENTS.find((a) => a.key === demoCase.accidentKey);
  if (accident) return accident.days;
  const failure = DEMO_FAILURES.find((f) => f.key === demoCase.failureKeys[0]);
  if (failure) return failure.days;
  throw new Error(`demo case ${demoCase.key} has no grounds`);
}

/** The cadre who held `postKey` when the case's grounds happened. */
export function subjectOf(
  demoCase: DemoCase,
  postKey: string,
  organisation: DemoOrganisation,
): string {
  const cadreKey = organisation.holderAt(postKey, groundsDays(demoCase));
  if (cadreKey === null)
    throw new Error(`post ${postKey} was vacant at the grounds of ${demoCase.key}`);
  return cadreKey;
}

/** Who acts in a case, and how the commands are dated. */
interface CaseContext {
  readonly duties: readonly DemoDuty[];
  readonly organisation: DemoOrganisation;
  readonly calendar: DemoCalendar;
  /** the subject of the investigator token: assigned, then recording the findings */
  readonly investigatorId: string;
}

function caseChain(demoCase: DemoCase, context: CaseContext): DemoCommand[] {
  const { duties, organisation, calendar, investigatorId } = context;
  const caseId = ids.case(demoCase.key);
  const cadreId = (post: string) => ids.cadre(subjectOf(demoCase, post, organisation));
  const at = (path: string) => `/cases/${caseId}${path}`;
  const label = (what: string, index: number) => `case:${demoCase.key}:${index}:${what}`;
  const when = (step: CaseStep) => calendar.at(step.on, step.time ?? '10:00');
  const dutyOf = (failureKey: string): string => {
    const dutyKey = DEMO_FAILURES.find((f) => f.key === failureKey)?.dutyKey;
    const duty = duties.find((d) => d.key === dutyKey);
    if (duty === undefined) throw new Error(`demo failure ${failureKey} has no duty`);
    return ids.duty(duty.key);
  };
  const open: DemoCommand = {
    label: label('open', 0),
    role: 'caseworker',
    path: '/cases',
    body: {
      caseId,
      kind: demoCase.kind,
      openedByDepartmentId: ids.department(demoCase.openerKey),
      subjects: demoCase.subjects.map((post) => ({
        cadreId: cadreId(post),
        postId: ids.post(post),
      })),
      failures: demoCase.failureKeys.map((key) => ({
        dutyId: dutyOf(key),
        failureId: ids.failure(key),
      })),
      ...(demoCase.accidentKey ? { accidentId: ids.accident(demoCase.accidentKey) } : {}),
      summary: demoCase.summary,
      occurredAt: calendar.at(demoCase.openedOn, '09:00'),
    },
  };
  const steps = demoCase.steps.flatMap((step, index): DemoCommand[] => {
    const n = index + 1;
    const occurredAt = when(step);
    switch (step.step) {
      case 'investigate':
        return [
          {
            label: label('investigator', n),
            role: 'caseworker',
            path: at('/investigator'),
            body: { investigatorId, occurredAt: calendar.at(step.on, '09:00') },
          },
          {
            label: label('investigation', n),
            role: 'caseworker',
            path: at('/investigation'),
            body: { occurredAt: calendar.at(step.on, '15:00') },
          },
        ];
      case 'evidence':
        return [
          {
            label: label('evidence', n),
            role: 'caseworker',
            path: at('/evidence'),
            body: {
              evidenceId: ids.evidence(demoCase.key, n),
              description: step.description,
              contentHash: demoContentHash(step.description),
              occurredAt,
            },
          },
        ];
      case 'notice':
        return [
          {
            label: label('hearing-notice', n),
            role: 'caseworker',
            path: at('/hearing-notices'),
            body: { cadreId: cadreId(step.post), occurredAt },
          },
        ];
      case 'statement':
        return [
          {
            label: label('statement', n),
            role: 'caseworker',
            path: at('/statements'),
            body: { cadreId: cadreId(step.post), statement: step.statement, occurredAt },
          },
        ];
      case 'finding':
        return [
          {
            label: label('finding', n),
            role: 'investigator',
            path: at('/findings'),
            body: {
              cadreId: cadreId(step.post),
              responsible: step.kind !== null,
              ...(step.kind === null ? {} : { responsibilityKind: step.kind }),
              reasoning: step.reasoning,
              ...(step.aggravating ? { aggravating: step.aggravating } : {}),
              ...(step.mitigating ? { mitigating: step.mitigating } : {}),
              occurredAt,
            },
          },
        ];
      case 'sanction':
        return [
          {
            label: label('sanction', n),
            role: 'supervisor',
            path: at('/sanctions'),
            body: {
              sanctionId: ids.sanction(demoCase.key, n),
              cadreId: cadreId(step.post),
              sanction: step.sanction,
              occurredAt,
            },
          },
        ];
      case 'decide':
        return [
          {
            label: label('decision', n),
            role: 'supervisor',
            path: at('/decision'),
            body: { occurredAt },
          },
        ];
      case 'waive':
        return [
          {
            label: label('appeal-waiver', n),
            role: 'caseworker',
            path: at('/appeal-waivers'),
            body: { cadreId: cadreId(step.post), occurredAt },
          },
        ];
      case 'appeal':
        return [
          {
            label: label('appeal', n),
            role: 'caseworker',
            path: at('/appeals'),
            body: {
              appealId: ids.appeal(demoCase.key, step.post),
              cadreId: cadreId(step.post),
              grounds: step.grounds,
              occurredAt,
            },
          },
        ];
      case 'appeal-decision':
        return [
          {
            label: label('appeal-decision', n),
            role: 'appealBoard',
            path: at('/appeal-decisions'),
            body: {
              appealId: ids.appeal(demoCase.key, step.post),
              outcome: step.outcome,
              ...(step.changedSanction ? { changedSanction: step.changedSanction } : {}),
              reasoning: step.reasoning,
              occurredAt,
            },
          },
        ];
      case 'extend':
        return [
          {
            label: label('extension', n),
            role: 'caseworker',
            path: at('/deadline-extensions'),
            body: { days: step.days, reason: step.reason, occurredAt },
          },
        ];
      case 'close':
        return [
          {
            label: label('closure', n),
            role: 'supervisor',
            path: at('/closure'),
            body: { reason: step.reason, occurredAt },
          },
        ];
      case 'reopen':
        return [
          {
            label: label('reopening', n),
            role: 'supervisor',
            path: at('/reopening'),
            body: { reason: step.reason, occurredAt },
          },
        ];
    }
  });
  return [open, ...steps];
}

export function casePhase(context: CaseContext): DemoPhase {
  return {
    name: 'accountability cases',
    said: { key: 'cli.demo.phases.cases' },
    chains: DEMO_CASES.map((demoCase) => caseChain(demoCase, context)),
  };
}

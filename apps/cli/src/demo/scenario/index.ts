import {
  ACCIDENT_GRADES,
  CASE_STATUSES,
  DEFAULT_INFLUENCE,
  type AccidentGrade,
  type CaseStatus,
  type EligibilityBlockReason,
} from '@dutyledger/domain';
import { type Lang, termKey, translate } from '@dutyledger/i18n';
import { DemoCalendar } from '../demo-calendar';
import type { DemoPhase } from '../demo-command';
import { DEMO_ACCIDENTS, accidentPhase, finalGrade } from './accidents';
import { assessmentPhase, demoAssessments } from './assessments';
import { DEMO_CASES, casePhase, statusAfter, subjectOf } from './cases';
import { demoDuties, dutyPhase } from './duties';
import { ids } from './ids';
import { DemoOrganisation } from './organisation';
import { organisationPhases, overridePhase } from './organisation-phases';

/** How many of each thing the scenario creates. */
export interface DemoCounts {
  departments: number;
  posts: number;
  cadres: number;
  appointments: number;
  reliefs: number;
  duties: number;
  performances: number;
  failures: number;
  accidentsByGrade: Record<AccidentGrade, number>;
  casesByStatus: Record<CaseStatus, number>;
  annualReports: number;
  assessments: number;
}

/** A cadre whose appointment eligibility is blocked on the day of the load, and why. */
export interface DemoBlockedCadre {
  cadreId: string;
  name: string;
  reason: EligibilityBlockReason;
  detail: string;
}

export interface DemoScenario {
  /** the last day of the two-year window (the load's UTC day) */
  anchorDay: string;
  phases: DemoPhase[];
  commands: number;
  counts: DemoCounts;
  municipalityId: string;
  /** a case still OPENED (no investigator yet) */
  openCaseId: string;
  /** a post-accident case under investigation past its deadline */
  overdueCaseId: string;
  blockedCadre: DemoBlockedCadre;
}

function tally<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

export interface DemoScenarioOptions {
  /** the subject of the investigator's token: the cases name it, and it records the findings */
  investigatorId: string;
  /** the operator's language, which the summary's sentences are said in (default English) */
  lang?: Lang;
}

/**
 * The whole scenario as commands, for two years that end on `now`'s UTC day, in the order they
 * can be sent: what a fact rests on goes before it (a department before its posts, cases after
 * their grounds); appointments that override a blocked eligibility go last, once the api holds the
 * cases and assessments that block it. Pure.
 */
export function demoScenario(now: Date, options: DemoScenarioOptions): DemoScenario {
  const calendar = new DemoCalendar(now);
  const organisation = new DemoOrganisation();
  const duties = demoDuties(organisation, calendar);
  const phases = [
    ...organisationPhases(organisation, calendar),
    dutyPhase(duties, organisation, calendar),
    accidentPhase(calendar),
    casePhase({ duties, organisation, calendar, investigatorId: options.investigatorId }),
    assessmentPhase(demoAssessments(organisation, duties, calendar), organisation, calendar),
    overridePhase(organisation, calendar),
  ];
  const labels = phases.flatMap((phase) => phase.chains.flat().map((command) => command.label));
  const count = (kind: string) => labels.filter((label) => label.startsWith(`${kind}:`)).length;
  const demoted = DEMO_CASES.find((demoCase) => demoCase.key === 'bay-warehouse');
  if (demoted === undefined) throw new Error('the demo has no bay-warehouse case');
  const demotedKey = subjectOf(demoted, 'northport-em/director', organisation);
  const months = DEFAULT_INFLUENCE.DEMOTION;
  const lang = options.lang ?? 'en';
  return {
    anchorDay: calendar.anchorDay,
    phases,
    commands: labels.length,
    counts: {
      departments: count('department'),
      posts: count('post'),
      cadres: count('cadre'),
      appointments: count('appointment'),
      reliefs: count('relief'),
      duties: count('duty'),
      performances: count('performance'),
      failures: count('failure'),
      accidentsByGrade: tally(ACCIDENT_GRADES, DEMO_ACCIDENTS.map(finalGrade)),
      casesByStatus: tally(CASE_STATUSES, DEMO_CASES.map(statusAfter)),
      annualReports: count('annual-report'),
      assessments: count('assessment'),
    },
    municipalityId: ids.department('riverside'),
    openCaseId: ids.case('lotus-inspection'),
    overdueCaseId: ids.case('eastbank-crane'),
    blockedCadre: {
      cadreId: ids.cadre(demotedKey),
      name: organisation.cadre(demotedKey).name,
      reason: 'SANCTION_INFLUENCE_PERIOD',
      detail: translate(lang, 'cli.demo.blockedCadre', {
        measure: translate(lang, `terms.${termKey('measure', 'DEMOTION')}`),
        from: translate(lang, `terms.${termKey('measure', 'DISMISSAL_FROM_POST')}`),
        caseId: ids.case(demoted.key),
        months,
      }),
    },
  };
}

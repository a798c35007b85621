import type { AppealOutcome, CaseKind, ResponsibilityKind, Sanction } from '@dutyledger/domain';

/**
 * The demo's accountability cases as stories: who opens each, against which posts, on which
 * grounds, and the steps it goes through. cases.ts turns them into commands.
 */

/** The user id of the supervisor who investigates the demo cases (not the one who decides). */
export const DEMO_INVESTIGATOR = 'demo-investigator';

/** A subject is named by the post held; the cadre is whoever held it when it happened. */
export type CaseStep =
  | { readonly step: 'investigate' }
  | { readonly step: 'evidence'; readonly description: string }
  | { readonly step: 'statement'; readonly post: string; readonly statement: string }
  | {
      readonly step: 'finding';
      readonly post: string;
      readonly kind: ResponsibilityKind | null;
      readonly reasoning: string;
    }
  | { readonly step: 'sanction'; readonly post: string; readonly sanction: Sanction }
  | { readonly step: 'decide' }
  | { readonly step: 'appeal'; readonly post: string; readonly grounds: string }
  | {
      readonly step: 'appeal-decision';
      readonly post: string;
      readonly outcome: AppealOutcome;
      readonly changedSanction?: Sanction;
      readonly reasoning: string;
    }
  | { readonly step: 'extend'; readonly days: number; readonly reason: string }
  | { readonly step: 'close'; readonly reason: string }
  | { readonly step: 'reopen'; readonly reason: string };

export interface DemoCase {
  readonly key: string;
  readonly kind: CaseKind;
  readonly openerKey: string;
  /** the posts whose holders at the time of the grounds are the subjects */
  readonly subjects: readonly string[];
  readonly failureKeys: readonly string[];
  readonly accidentKey?: string;
  readonly summary: string;
  readonly steps: readonly CaseStep[];
}

const investigate: CaseStep = { step: 'investigate' };
const decide: CaseStep = { step: 'decide' };
const evidence = (description: string): CaseStep => ({ step: 'evidence', description });
const statement = (post: string, text: string): CaseStep => ({
  step: 'statement',
  post,
  statement: text,
});
const finding = (post: string, kind: ResponsibilityKind | null, reasoning: string): CaseStep => ({
  step: 'finding',
  post,
  kind,
  reasoning,
});
const sanction = (post: string, decided: Sanction): CaseStep => ({
  step: 'sanction',
  post,
  sanction: decided,
});

export const DEMO_CASES: readonly DemoCase[] = [
  {
    key: 'lotus-inspection',
    kind: 'PRE_ACCIDENT',
    openerKey: 'eastbank-em',
    subjects: ['lotus/deputy'],
    failureKeys: ['lotus-late'],
    summary: 'Monthly inspection of the Lotus construction sites skipped and not reported',
    steps: [],
  },
  {
    key: 'eastbank-crane',
    kind: 'POST_ACCIDENT',
    openerKey: 'riverside-em',
    subjects: ['eastbank-housing/director', 'eastbank/deputy'],
    failureKeys: [],
    accidentKey: 'eastbank-crane',
    summary: 'Tower crane collapse at the Eastbank tower site: four dead',
    steps: [
      investigate,
      evidence('Crane inspection certificates of the site'),
      evidence('Site safety officer’s log, last three months'),
      statement(
        'eastbank-housing/director',
        'The crane was certified by an accredited body in spring',
      ),
    ],
  },
  {
    key: 'harbour-ferry',
    kind: 'POST_ACCIDENT',
    openerKey: 'riverside-em',
    subjects: ['harbour/head', 'northport/deputy'],
    failureKeys: [],
    accidentKey: 'harbour-ferry',
    summary: 'Ferry capsized in the Harbour channel: twelve dead',
    steps: [
      {
        step: 'extend',
        days: 45,
        reason: 'The hull salvage and the maritime survey report are awaited',
      },
      investigate,
      evidence('Passenger manifest and ferry licence'),
    ],
  },
  {
    key: 'harbour-pipeline',
    kind: 'PRE_ACCIDENT',
    openerKey: 'northport-em',
    subjects: ['harbour/deputy'],
    failureKeys: ['harbour-deputy'],
    summary: 'Gas leak warnings at Harbour wharf not followed up',
    steps: [
      investigate,
      evidence('The two warning notices and the inspection log'),
      statement('harbour/deputy', 'The warnings were passed to the gas company, which did not act'),
      finding(
        'harbour/deputy',
        'DIRECT',
        'Passing a warning on is not inspecting; the post held the duty',
      ),
      sanction('harbour/deputy', 'CIRCULATED_CRITICISM'),
      decide,
    ],
  },
  {
    key: 'westhill-tailings',
    kind: 'PRE_ACCIDENT',
    openerKey: 'westhill-em',
    subjects: ['westhill/deputy'],
    failureKeys: ['westhill-deputy'],
    summary: 'Quarterly inspection of the Westhill tailings ponds not carried out',
    steps: [
      investigate,
      statement('westhill/deputy', 'The inspection team was sent to flood relief that quarter'),
      finding(
        'westhill/deputy',
        'LEADERSHIP',
        'No substitute inspection was ordered for a known risk',
      ),
      sanction('westhill/deputy', 'SUSPENSION'),
      decide,
      {
        step: 'appeal',
        post: 'westhill/deputy',
        grounds: 'Flood relief was ordered by the district government',
      },
    ],
  },
  {
    key: 'bay-warehouse',
    kind: 'POST_ACCIDENT',
    openerKey: 'riverside-em',
    subjects: ['northport-em/director', 'bay/head'],
    failureKeys: [],
    accidentKey: 'bay-warehouse',
    summary: 'Explosion of the Bay hazardous-chemicals warehouse: thirty-one dead',
    steps: [
      investigate,
      evidence('Storage licences and stock ledgers of the warehouse'),
      evidence('Enforcement files of the Northport bureau, last two years'),
      statement('northport-em/director', 'The bureau inspected the warehouse twice in the year'),
      statement('bay/head', 'The township had asked the district to relocate the warehouse'),
      finding(
        'northport-em/director',
        'SUPERVISORY',
        'Both inspections missed stock far over the licensed limit',
      ),
      finding('bay/head', 'LEADERSHIP', 'The township let housing grow next to the warehouse'),
      sanction('northport-em/director', 'REMOVAL_FROM_OFFICE'),
      sanction('bay/head', 'CIRCULATED_CRITICISM'),
      decide,
      {
        step: 'appeal',
        post: 'northport-em/director',
        grounds: 'The licensed limits were raised by the province without notice',
      },
      {
        step: 'appeal-decision',
        post: 'northport-em/director',
        outcome: 'SANCTION_CHANGED',
        changedSanction: 'DEMOTION',
        reasoning: 'The raised limits explain part of the stock; removal is replaced by demotion',
      },
      { step: 'close', reason: 'Decided; the appeal is decided' },
    ],
  },
  {
    key: 'maple-postponed',
    kind: 'PRE_ACCIDENT',
    openerKey: 'eastbank-em',
    subjects: ['maple/deputy'],
    failureKeys: ['maple-deputy'],
    summary: 'Monthly inspection of the Maple workshops postponed',
    steps: [
      investigate,
      statement('maple/deputy', 'The district ordered the postponement in writing'),
      finding('maple/deputy', null, 'The postponement was ordered by the district in writing'),
      decide,
      { step: 'close', reason: 'No one is found responsible' },
    ],
  },
  {
    key: 'bay-records',
    kind: 'PRE_ACCIDENT',
    openerKey: 'northport-em',
    subjects: ['bay/deputy'],
    failureKeys: ['bay-deputy'],
    summary: 'Inspection of the Bay chemical warehouses recorded no findings despite excess stock',
    steps: [
      investigate,
      evidence('Inspection record of the month'),
      finding('bay/deputy', 'DIRECT', 'The inspection was signed without visiting the stores'),
      sanction('bay/deputy', 'ADMONISHMENT_TALK'),
      decide,
      { step: 'close', reason: 'Decided, no appeal' },
      {
        step: 'reopen',
        reason: 'A whistle-blower’s report shows the inspection records were falsified',
      },
    ],
  },
  {
    key: 'reed-truck',
    kind: 'POST_ACCIDENT',
    openerKey: 'northport-em',
    subjects: ['reed/deputy'],
    failureKeys: ['reed-deputy'],
    accidentKey: 'reed-truck',
    summary: 'Overloaded quarry truck overturned on the Reed county road: two dead',
    steps: [
      investigate,
      statement('reed/deputy', 'The reports were forwarded to the traffic police'),
      finding('reed/deputy', 'SUPERVISORY', 'Reported overloading was the township’s to inspect'),
      sanction('reed/deputy', 'WRITTEN_SELF_EXAMINATION'),
      decide,
      { step: 'close', reason: 'Decided, no appeal' },
    ],
  },
  {
    key: 'lotus-trench',
    kind: 'POST_ACCIDENT',
    openerKey: 'riverside-em',
    subjects: ['lotus/head'],
    failureKeys: [],
    accidentKey: 'lotus-trench',
    summary: 'Trench collapse at the Lotus drainage works: three dead',
    steps: [],
  },
  {
    key: 'westhill-mine',
    kind: 'POST_ACCIDENT',
    openerKey: 'riverside-em',
    subjects: ['westhill-em/director', 'pine/head'],
    failureKeys: [],
    accidentKey: 'westhill-mine',
    summary: 'Roof fall in the Westhill No. 2 coal mine: eleven dead',
    steps: [
      investigate,
      evidence('Mine ventilation and roof-support records'),
      finding(
        'westhill-em/director',
        'SUPERVISORY',
        'The mine kept working after a suspension order',
      ),
      finding('pine/head', 'LEADERSHIP', 'The township knew of the illegal night shifts'),
      sanction('westhill-em/director', 'REFERRAL_TO_DISCIPLINE_INSPECTION'),
      sanction('pine/head', 'ORDERED_RESIGNATION'),
      decide,
    ],
  },
];

import type {
  AggravatingCircumstance,
  AppealOutcome,
  CaseKind,
  Measure,
  MitigatingCircumstance,
  ResponsibilityKind,
  Sanction,
} from '@dutyledger/domain';

/**
 * The demo's accountability cases as stories: who opens each, against which posts, on which
 * grounds, and the steps it went through, each on its day (`on`, days before the load) over weeks
 * and months. cases.ts turns them into commands. The fair procedure is kept throughout: every
 * subject found responsible was heard first (a statement, or a hearing notice whose five days
 * passed unanswered); the investigator records the findings, the supervisor decides, an appeal
 * board member who took no other part decides the appeals; appeals only lighten a measure.
 */

/** A subject is named by the post held; the cadre is whoever held it when it happened. */
export type CaseStep = { readonly on: number; readonly time?: string } & (
  | { readonly step: 'investigate' }
  | { readonly step: 'evidence'; readonly description: string }
  | { readonly step: 'notice'; readonly post: string }
  | { readonly step: 'statement'; readonly post: string; readonly statement: string }
  | {
      readonly step: 'finding';
      readonly post: string;
      readonly kind: ResponsibilityKind | null;
      readonly reasoning: string;
      readonly aggravating?: readonly Circumstance<AggravatingCircumstance>[];
      readonly mitigating?: readonly Circumstance<MitigatingCircumstance>[];
    }
  | { readonly step: 'sanction'; readonly post: string; readonly sanction: Sanction }
  | { readonly step: 'decide' }
  | { readonly step: 'waive'; readonly post: string }
  | { readonly step: 'appeal'; readonly post: string; readonly grounds: string }
  | {
      readonly step: 'appeal-decision';
      readonly post: string;
      readonly outcome: AppealOutcome;
      readonly changedSanction?: Measure;
      readonly reasoning: string;
    }
  | { readonly step: 'extend'; readonly days: number; readonly reason: string }
  | { readonly step: 'close'; readonly reason: string }
  | { readonly step: 'reopen'; readonly reason: string }
);

export interface Circumstance<Kind extends string> {
  readonly circumstance: Kind;
  readonly note: string;
}

export interface DemoCase {
  readonly key: string;
  readonly kind: CaseKind;
  readonly openerKey: string;
  /** when the case was opened, in days before the load */
  readonly openedOn: number;
  /** the posts whose holders at the time of the grounds are the subjects */
  readonly subjects: readonly string[];
  readonly failureKeys: readonly string[];
  readonly accidentKey?: string;
  readonly summary: string;
  readonly steps: readonly CaseStep[];
}

const investigate = (on: number): CaseStep => ({ step: 'investigate', on });
const decide = (on: number): CaseStep => ({ step: 'decide', on, time: '16:00' });
const evidence = (on: number, description: string): CaseStep => ({
  step: 'evidence',
  on,
  description,
});
const notice = (on: number, post: string): CaseStep => ({ step: 'notice', on, post });
const statement = (on: number, post: string, text: string): CaseStep => ({
  step: 'statement',
  on,
  post,
  statement: text,
});
const finding = (
  on: number,
  post: string,
  kind: ResponsibilityKind | null,
  reasoning: string,
  weighed: {
    aggravating?: Circumstance<AggravatingCircumstance>[];
    mitigating?: Circumstance<MitigatingCircumstance>[];
  } = {},
): CaseStep => ({ step: 'finding', on, post, kind, reasoning, ...weighed });
const sanction = (on: number, post: string, decided: Sanction): CaseStep => ({
  step: 'sanction',
  on,
  post,
  sanction: decided,
});
const waive = (on: number, post: string): CaseStep => ({ step: 'waive', on, post });
const close = (on: number, reason: string): CaseStep => ({ step: 'close', on, reason });

export const DEMO_CASES: readonly DemoCase[] = [
  {
    key: 'lotus-inspection',
    kind: 'PRE_ACCIDENT',
    openerKey: 'eastbank-em',
    openedOn: 2,
    subjects: ['lotus/deputy'],
    failureKeys: ['lotus-late'],
    summary:
      'Monthly inspection of the Lotus construction sites skipped and not reported; found at the district audit',
    steps: [],
  },
  {
    key: 'eastbank-crane',
    kind: 'POST_ACCIDENT',
    openerKey: 'riverside-em',
    openedOn: 118,
    subjects: ['eastbank-housing/director', 'eastbank/deputy'],
    failureKeys: [],
    accidentKey: 'eastbank-crane',
    summary: 'Tower crane collapse at the Eastbank tower site: four dead',
    steps: [
      investigate(116),
      evidence(110, 'Crane inspection certificates of the site'),
      evidence(95, 'Site safety officer’s log, last three months'),
      statement(
        80,
        'eastbank-housing/director',
        'The crane was certified by an accredited body in spring',
      ),
      notice(75, 'eastbank/deputy'),
    ],
  },
  {
    key: 'harbour-ferry',
    kind: 'POST_ACCIDENT',
    openerKey: 'riverside-em',
    openedOn: 49,
    subjects: ['harbour/head', 'northport/deputy'],
    failureKeys: [],
    accidentKey: 'harbour-ferry',
    summary: 'Ferry capsized in the Harbour channel: twelve dead',
    steps: [
      investigate(48),
      evidence(40, 'Passenger manifest and ferry licence'),
      {
        step: 'extend',
        on: 12,
        days: 45,
        reason: 'The hull salvage and the maritime survey report are awaited',
      },
    ],
  },
  {
    key: 'harbour-pipeline',
    kind: 'PRE_ACCIDENT',
    openerKey: 'northport-em',
    openedOn: 90,
    subjects: ['harbour/deputy', 'northport-housing/director'],
    failureKeys: ['harbour-deputy', 'harbour-licence'],
    summary:
      'Gas leak warnings at Harbour wharf not followed up; the depot’s licence renewed without working leak detection',
    steps: [
      investigate(88),
      evidence(80, 'The two warning notices, the inspection log and the licence renewal file'),
      statement(
        60,
        'harbour/deputy',
        'The warnings were passed to the gas company, which did not act',
      ),
      statement(
        55,
        'northport-housing/director',
        'The renewal followed the checklist; leak detection was not on it',
      ),
      finding(
        30,
        'harbour/deputy',
        'DIRECT',
        'Passing a warning on is not inspecting; the post held the duty',
      ),
      finding(
        30,
        'northport-housing/director',
        'LEADERSHIP',
        'A licence for a gas depot was renewed without checking the conditions for safe operation',
        {
          mitigating: [
            {
              circumstance: 'ACTIVE_REMEDY',
              note: 'Suspended the licence the day after the leak and had the checklist rewritten',
            },
          ],
        },
      ),
      sanction(20, 'harbour/deputy', 'CIRCULATED_CRITICISM'),
      sanction(20, 'northport-housing/director', 'WARNING'),
      decide(14),
    ],
  },
  {
    key: 'westhill-tailings',
    kind: 'PRE_ACCIDENT',
    openerKey: 'westhill-em',
    openedOn: 150,
    subjects: ['westhill/deputy'],
    failureKeys: ['westhill-deputy'],
    summary: 'Quarterly inspection of the Westhill tailings ponds not carried out',
    steps: [
      investigate(147),
      statement(
        120,
        'westhill/deputy',
        'The inspection team was sent to flood relief that quarter',
      ),
      finding(
        70,
        'westhill/deputy',
        'LEADERSHIP',
        'No substitute inspection was ordered for a known risk',
        {
          mitigating: [
            {
              circumstance: 'COOPERATION',
              note: 'Handed over the district’s flood-relief orders and inspection plans unasked',
            },
          ],
        },
      ),
      sanction(45, 'westhill/deputy', 'SUSPENSION'),
      decide(42),
      {
        step: 'appeal',
        on: 30,
        post: 'westhill/deputy',
        grounds: 'Flood relief was ordered by the district government',
      },
    ],
  },
  {
    key: 'bay-warehouse',
    kind: 'POST_ACCIDENT',
    openerKey: 'riverside-em',
    openedOn: 378,
    subjects: ['northport-em/director', 'bay/head'],
    failureKeys: [],
    accidentKey: 'bay-warehouse',
    summary: 'Explosion of the Bay hazardous-chemicals warehouse: thirty-one dead',
    steps: [
      investigate(376),
      evidence(370, 'Storage licences and stock ledgers of the warehouse'),
      evidence(360, 'Enforcement files of the Northport bureau, last two years'),
      statement(
        350,
        'northport-em/director',
        'The bureau inspected the warehouse twice in the year',
      ),
      statement(348, 'bay/head', 'The township had asked the district to relocate the warehouse'),
      finding(
        335,
        'northport-em/director',
        'SUPERVISORY',
        'Both inspections missed stock far over the licensed limit',
        {
          aggravating: [
            {
              circumstance: 'SERIOUS_SOCIAL_IMPACT',
              note: 'Thirty-one dead and the evacuation of two residential quarters',
            },
          ],
        },
      ),
      finding(
        334,
        'bay/head',
        'LEADERSHIP',
        'The township let housing grow next to the warehouse',
        {
          mitigating: [
            {
              circumstance: 'MINOR_ROLE',
              note: 'The township had asked in writing for the warehouse to be relocated',
            },
          ],
        },
      ),
      sanction(328, 'northport-em/director', 'DISMISSAL_FROM_POST'),
      sanction(328, 'bay/head', 'PUBLIC_APOLOGY'),
      decide(325),
      waive(322, 'bay/head'),
      {
        step: 'appeal',
        on: 315,
        post: 'northport-em/director',
        grounds: 'The licensed limits were raised by the province without notice to the bureau',
      },
      {
        step: 'appeal-decision',
        on: 290,
        post: 'northport-em/director',
        outcome: 'SANCTION_CHANGED',
        changedSanction: 'DEMOTION',
        reasoning:
          'The raised limits explain part of the stock; dismissal from post is replaced by demotion',
      },
      close(285, 'Decided; the appeal is decided and the window has closed'),
    ],
  },
  {
    key: 'maple-postponed',
    kind: 'PRE_ACCIDENT',
    openerKey: 'eastbank-em',
    openedOn: 140,
    subjects: ['maple/deputy'],
    failureKeys: ['maple-deputy'],
    summary: 'Monthly inspection of the Maple workshops postponed',
    steps: [
      investigate(137),
      statement(130, 'maple/deputy', 'The district ordered the postponement in writing'),
      finding(110, 'maple/deputy', null, 'The postponement was ordered by the district in writing'),
      decide(105),
      close(104, 'No one is found responsible: nothing to appeal'),
    ],
  },
  {
    key: 'bay-records',
    kind: 'PRE_ACCIDENT',
    openerKey: 'northport-em',
    openedOn: 370,
    subjects: ['bay/deputy'],
    failureKeys: ['bay-deputy'],
    summary: 'Inspection of the Bay chemical warehouses recorded no findings despite excess stock',
    steps: [
      investigate(368),
      evidence(365, 'Inspection record of the month'),
      notice(360, 'bay/deputy'),
      finding(
        350,
        'bay/deputy',
        'DIRECT',
        'The inspection was signed without visiting the stores; the subject did not answer the hearing notice',
      ),
      sanction(345, 'bay/deputy', 'ADMONISHMENT_TALK'),
      decide(344),
      waive(343, 'bay/deputy'),
      close(342, 'Decided; the only subject with a measure waived the appeal'),
      {
        step: 'reopen',
        on: 60,
        reason: 'A whistle-blower’s report shows the inspection records were falsified',
      },
    ],
  },
  {
    key: 'reed-truck',
    kind: 'POST_ACCIDENT',
    openerKey: 'northport-em',
    openedOn: 198,
    subjects: ['reed/deputy'],
    failureKeys: ['reed-deputy'],
    accidentKey: 'reed-truck',
    summary: 'Overloaded quarry truck overturned on the Reed county road: two dead',
    steps: [
      investigate(196),
      statement(185, 'reed/deputy', 'The reports were forwarded to the traffic police'),
      finding(
        170,
        'reed/deputy',
        'SUPERVISORY',
        'Reported overloading was the township’s to inspect',
        {
          aggravating: [
            {
              circumstance: 'REPEATED_WITHIN_YEAR',
              note: 'Overloading on the same road had been reported twice before in the year',
            },
          ],
          mitigating: [
            {
              circumstance: 'COOPERATION',
              note: 'Gave the investigators the township’s complaint register',
            },
          ],
        },
      ),
      sanction(160, 'reed/deputy', 'WRITTEN_SELF_EXAMINATION'),
      decide(158),
      waive(156, 'reed/deputy'),
      close(150, 'Decided; the subject waived the appeal'),
    ],
  },
  {
    key: 'lotus-trench',
    kind: 'POST_ACCIDENT',
    openerKey: 'riverside-em',
    openedOn: 8,
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
    openedOn: 128,
    subjects: ['westhill-em/director', 'pine/head'],
    failureKeys: [],
    accidentKey: 'westhill-mine',
    summary: 'Roof fall in the Westhill No. 2 coal mine: eleven dead',
    steps: [
      investigate(126),
      evidence(120, 'Mine ventilation and roof-support records'),
      statement(
        100,
        'westhill-em/director',
        'The bureau had ordered the mine to stop work two weeks before',
      ),
      notice(98, 'pine/head'),
      finding(
        85,
        'westhill-em/director',
        'SUPERVISORY',
        'The mine kept working after a suspension order that no one enforced',
        {
          aggravating: [
            { circumstance: 'SERIOUS_SOCIAL_IMPACT', note: 'Eleven dead; national media coverage' },
          ],
        },
      ),
      finding(84, 'pine/head', 'LEADERSHIP', 'The township knew of the illegal night shifts', {
        aggravating: [
          {
            circumstance: 'CONCEALMENT_OR_FALSE_REPORT',
            note: 'The township’s report to the district left out the night shifts',
          },
        ],
      }),
      sanction(76, 'westhill-em/director', 'MAJOR_DEMERIT'),
      sanction(76, 'westhill-em/director', 'REFERRAL_TO_DISCIPLINE_INSPECTION'),
      sanction(76, 'pine/head', 'RESIGNATION_TO_TAKE_BLAME'),
      sanction(76, 'pine/head', 'REFERRAL_TO_JUDICIAL_ORGANS'),
      decide(72),
    ],
  },
];

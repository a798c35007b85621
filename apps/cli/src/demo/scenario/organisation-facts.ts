/**
 * The facts of the demo's municipality: its districts and townships, bureaus, industries, the
 * changes of post holders over the two years, and the cadres' names. organisation.ts builds the
 * departments, posts and cadres from them.
 */

/**
 * One holding of a post; `from` and `until` in days before the load (until: null = holds it now).
 * `from: null` is a first holder, who took office before the two years on a day of their own.
 */
export interface DemoTenureFact {
  readonly cadreKey: string;
  readonly from: number | null;
  readonly until: number | null;
  readonly reliefReason?: string;
  /** the cadre's eligibility is blocked on that day: appointed all the same, for this reason */
  readonly eligibilityOverride?: string;
}

/** Where the two-year history starts: the posts' duty lists are issued that day. */
export const WINDOW_DAYS = 730;

/** When the municipality was set up; its departments and posts follow, years before the window. */
export const ORGANISED_DAYS = WINDOW_DAYS + 1600;

export const DISTRICTS = [
  {
    key: 'eastbank',
    name: 'Eastbank',
    industries: ['construction', 'manufacturing', 'road-transport', 'school-safety'],
    hazardous: ['construction', 'manufacturing'],
    townships: [
      { key: 'lotus', name: 'Lotus', industries: ['construction', 'manufacturing'] },
      { key: 'maple', name: 'Maple', industries: ['manufacturing', 'school-safety'] },
      { key: 'cedar', name: 'Cedar', industries: ['road-transport', 'construction'] },
    ],
  },
  {
    key: 'westhill',
    name: 'Westhill',
    industries: ['mining', 'hazardous-chemicals', 'construction', 'school-safety'],
    hazardous: ['mining', 'hazardous-chemicals'],
    townships: [
      { key: 'pine', name: 'Pine', industries: ['mining', 'hazardous-chemicals'] },
      { key: 'willow', name: 'Willow', industries: ['construction', 'school-safety'] },
    ],
  },
  {
    key: 'northport',
    name: 'Northport',
    industries: ['waterway-transport', 'hazardous-chemicals', 'gas-supply', 'school-safety'],
    hazardous: ['hazardous-chemicals', 'waterway-transport'],
    townships: [
      { key: 'harbour', name: 'Harbour', industries: ['waterway-transport', 'gas-supply'] },
      { key: 'bay', name: 'Bay', industries: ['hazardous-chemicals', 'waterway-transport'] },
      { key: 'reed', name: 'Reed', industries: ['road-transport', 'school-safety'] },
    ],
  },
] as const;

export const MUNICIPAL_BUREAUS = [
  {
    key: 'riverside-em',
    name: 'Riverside Municipal Emergency Management Bureau',
    industries: ['mining', 'hazardous-chemicals', 'manufacturing'],
    supervisionAuthority: true,
  },
  {
    key: 'riverside-transport',
    name: 'Riverside Municipal Transport Bureau',
    industries: ['road-transport', 'waterway-transport'],
    supervisionAuthority: false,
  },
  {
    key: 'riverside-education',
    name: 'Riverside Municipal Education Bureau',
    industries: ['school-safety'],
    supervisionAuthority: false,
  },
  {
    key: 'riverside-housing',
    name: 'Riverside Municipal Housing and Construction Bureau',
    industries: ['construction', 'gas-supply'],
    supervisionAuthority: false,
  },
] as const;

export const ALL_INDUSTRIES = [
  'mining',
  'hazardous-chemicals',
  'manufacturing',
  'construction',
  'gas-supply',
  'road-transport',
  'waterway-transport',
  'school-safety',
];

/** Who held which post over the two years where it is not simply one cadre throughout. */
export const CHANGES: Readonly<Record<string, readonly DemoTenureFact[]>> = {
  'riverside-transport/director': [
    {
      cadreKey: 'riverside-transport/director',
      from: null,
      until: 400,
      reliefReason: 'Retired on reaching the age limit',
    },
    { cadreKey: 'successor/transport-director', from: 400, until: null },
  ],
  'riverside/deputy-urban': [
    {
      cadreKey: 'riverside/deputy-urban',
      from: null,
      until: 500,
      reliefReason: 'Retired at the end of the term',
    },
    { cadreKey: 'eastbank/head', from: 500, until: null },
  ],
  'eastbank/head': [
    {
      cadreKey: 'eastbank/head',
      from: null,
      until: 500,
      reliefReason: 'Transferred to Deputy Mayor for Urban Development',
    },
    { cadreKey: 'eastbank/deputy', from: 500, until: null },
  ],
  'eastbank/deputy': [
    {
      cadreKey: 'eastbank/deputy',
      from: null,
      until: 500,
      reliefReason: 'Promoted to District Head',
    },
    { cadreKey: 'successor/eastbank-deputy', from: 470, until: null },
  ],
  'riverside-education/deputy': [
    {
      cadreKey: 'riverside-education/deputy',
      from: null,
      until: 420,
      reliefReason: 'Seconded to the provincial education department',
    },
    {
      cadreKey: 'successor/education-acting',
      from: 420,
      until: 250,
      reliefReason: 'The acting appointment ends with the secondment',
    },
    { cadreKey: 'riverside-education/deputy', from: 250, until: null },
  ],
  'northport-em/director': [
    {
      cadreKey: 'northport-em/director',
      from: null,
      until: 284,
      reliefReason:
        'Demoted: the measure of the Bay warehouse case, as changed on appeal, takes effect',
    },
    { cadreKey: 'successor/northport-em-director', from: 270, until: null },
  ],
  'pine/deputy': [
    {
      cadreKey: 'pine/deputy',
      from: null,
      until: 300,
      reliefReason: 'Relieved after the provincial work-safety audit',
    },
    {
      cadreKey: 'northport-em/director',
      from: 280,
      until: null,
      eligibilityOverride:
        'Demotion decided in the Bay warehouse case: the measure itself is carried out by appointing the cadre to this lower post',
    },
  ],
  'harbour/head': [
    {
      cadreKey: 'harbour/head',
      from: null,
      until: 200,
      reliefReason: 'Retired on health grounds',
    },
    { cadreKey: 'successor/harbour-head', from: 200, until: null },
  ],
  'westhill-em/director': [
    {
      cadreKey: 'westhill-em/director',
      from: null,
      until: 150,
      reliefReason: 'Transferred to the provincial emergency management department',
    },
    { cadreKey: 'successor/westhill-em-director', from: 150, until: null },
  ],
  'pine/head': [
    {
      cadreKey: 'pine/head',
      from: null,
      until: 66,
      reliefReason: 'Resigned to take the blame for the Westhill No. 2 mine roof fall',
    },
    { cadreKey: 'successor/pine-head', from: 52, until: null },
  ],
};

/** Cadres who came in during the two years, and the government that keeps their files. */
export const SUCCESSORS: Readonly<Record<string, string>> = {
  'successor/transport-director': 'riverside',
  'successor/eastbank-deputy': 'eastbank',
  'successor/education-acting': 'riverside',
  'successor/northport-em-director': 'northport',
  'successor/harbour-head': 'northport',
  'successor/westhill-em-director': 'westhill',
  'successor/pine-head': 'westhill',
};

export const NAMES = [
  'Zhang Wei',
  'Wang Fang',
  'Li Na',
  'Liu Yang',
  'Chen Jing',
  'Yang Lei',
  'Zhao Min',
  'Huang Qiang',
  'Zhou Xin',
  'Wu Hao',
  'Xu Li',
  'Sun Tao',
  'Ma Jun',
  'Zhu Hong',
  'Hu Bin',
  'Guo Mei',
  'He Peng',
  'Gao Yan',
  'Lin Feng',
  'Luo Ping',
  'Zheng Kai',
  'Liang Hui',
  'Xie Dong',
  'Song Lan',
  'Tang Ming',
  'Han Xue',
  'Feng Gang',
  'Deng Yun',
  'Cao Rui',
  'Peng Jie',
  'Zeng Hua',
  'Xiao Bo',
  'Tian Lin',
  'Dong Qing',
  'Pan Yong',
  'Yuan Ting',
  'Cai Jun',
  'Jiang Tao',
  'Yu Fei',
  'Du Juan',
  'Ye Chun',
  'Cheng Hao',
  'Wei Xia',
  'Su Rong',
  'Lu Kang',
  'Ding Wen',
  'Ren Jia',
  'Shen Yi',
];

import type { DepartmentKind, DepartmentLevel, PostRank } from '@dutyledger/domain';

/** The scenario's organisation, named by short keys; ids are derived from the keys. */

export interface DemoDepartment {
  readonly key: string;
  readonly name: string;
  readonly level: DepartmentLevel;
  readonly kind: DepartmentKind;
  readonly parentKey: string | null;
  readonly industries: readonly string[];
  readonly supervisionAuthority: boolean;
}

export interface DemoPost {
  readonly key: string;
  readonly departmentKey: string;
  readonly title: string;
  readonly rank: PostRank;
  readonly businessScope: readonly string[];
}

/** One holding of a post; `from` and `until` in days before the load (until: null = holds it now). */
export interface DemoTenure {
  readonly cadreKey: string;
  readonly from: number;
  readonly until: number | null;
  readonly reliefReason?: string;
}

/** Where the two-year history starts: every post's first holder takes office that day. */
export const WINDOW_DAYS = 730;

const DISTRICTS = [
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

const MUNICIPAL_BUREAUS = [
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

const ALL_INDUSTRIES = [
  'mining',
  'hazardous-chemicals',
  'manufacturing',
  'construction',
  'gas-supply',
  'road-transport',
  'waterway-transport',
  'school-safety',
];

function departments(): DemoDepartment[] {
  const list: DemoDepartment[] = [
    {
      key: 'riverside',
      name: 'Riverside Municipal People’s Government',
      level: 'MUNICIPAL',
      kind: 'GOVERNMENT',
      parentKey: null,
      industries: ALL_INDUSTRIES,
      supervisionAuthority: false,
    },
  ];
  for (const bureau of MUNICIPAL_BUREAUS) {
    list.push({
      ...bureau,
      level: 'MUNICIPAL',
      kind: 'WORKING_DEPARTMENT',
      parentKey: 'riverside',
    });
  }
  for (const district of DISTRICTS) {
    list.push({
      key: district.key,
      name: `${district.name} District People’s Government`,
      level: 'DISTRICT',
      kind: 'GOVERNMENT',
      parentKey: 'riverside',
      industries: district.industries,
      supervisionAuthority: false,
    });
    list.push({
      key: `${district.key}-em`,
      name: `${district.name} District Emergency Management Bureau`,
      level: 'DISTRICT',
      kind: 'WORKING_DEPARTMENT',
      parentKey: district.key,
      industries: district.hazardous,
      supervisionAuthority: true,
    });
    list.push({
      key: `${district.key}-housing`,
      name: `${district.name} District Housing and Construction Bureau`,
      level: 'DISTRICT',
      kind: 'WORKING_DEPARTMENT',
      parentKey: district.key,
      industries: ['construction', 'gas-supply'],
      supervisionAuthority: false,
    });
    for (const township of district.townships) {
      list.push({
        key: township.key,
        name: `${township.name} Township People’s Government`,
        level: 'TOWNSHIP',
        kind: 'GOVERNMENT',
        parentKey: district.key,
        industries: township.industries,
        supervisionAuthority: false,
      });
    }
  }
  return list;
}

const post = (
  departmentKey: string,
  suffix: string,
  title: string,
  rank: PostRank,
  businessScope: readonly string[],
): DemoPost => ({ key: `${departmentKey}/${suffix}`, departmentKey, title, rank, businessScope });

function posts(): DemoPost[] {
  const list: DemoPost[] = [
    post('riverside', 'mayor', 'Mayor', 'PRINCIPAL', ALL_INDUSTRIES),
    post('riverside', 'deputy-industry', 'Deputy Mayor for Industry and Work Safety', 'DEPUTY', [
      'mining',
      'hazardous-chemicals',
      'manufacturing',
    ]),
    post('riverside', 'deputy-urban', 'Deputy Mayor for Urban Development', 'DEPUTY', [
      'construction',
      'gas-supply',
      'road-transport',
      'waterway-transport',
    ]),
    post('riverside', 'deputy-education', 'Deputy Mayor for Education', 'DEPUTY', [
      'school-safety',
    ]),
  ];
  for (const bureau of MUNICIPAL_BUREAUS) {
    list.push(post(bureau.key, 'director', 'Director', 'PRINCIPAL', bureau.industries));
    list.push(
      post(bureau.key, 'deputy', 'Deputy Director', 'DEPUTY', bureau.industries.slice(0, 1)),
    );
  }
  for (const district of DISTRICTS) {
    list.push(post(district.key, 'head', 'District Head', 'PRINCIPAL', district.industries));
    list.push(
      post(
        district.key,
        'deputy',
        'Deputy District Head',
        'DEPUTY',
        district.industries.slice(0, 2),
      ),
    );
    list.push(post(`${district.key}-em`, 'director', 'Director', 'PRINCIPAL', district.hazardous));
    list.push(
      post(`${district.key}-housing`, 'director', 'Director', 'PRINCIPAL', [
        'construction',
        'gas-supply',
      ]),
    );
    for (const township of district.townships) {
      list.push(post(township.key, 'head', 'Township Head', 'PRINCIPAL', township.industries));
      list.push(
        post(
          township.key,
          'deputy',
          'Deputy Township Head for Work Safety',
          'DEPUTY',
          township.industries,
        ),
      );
    }
  }
  return list;
}

/** Who held which post over the two years where it is not simply one cadre throughout. */
const CHANGES: Readonly<Record<string, readonly DemoTenure[]>> = {
  'riverside-transport/director': [
    {
      cadreKey: 'riverside-transport/director',
      from: WINDOW_DAYS,
      until: 400,
      reliefReason: 'Retired on reaching the age limit',
    },
    { cadreKey: 'successor/transport-director', from: 400, until: null },
  ],
  'riverside/deputy-urban': [
    {
      cadreKey: 'riverside/deputy-urban',
      from: WINDOW_DAYS,
      until: 500,
      reliefReason: 'Retired at the end of the term',
    },
    { cadreKey: 'eastbank/head', from: 500, until: null },
  ],
  'eastbank/head': [
    {
      cadreKey: 'eastbank/head',
      from: WINDOW_DAYS,
      until: 500,
      reliefReason: 'Transferred to Deputy Mayor for Urban Development',
    },
    { cadreKey: 'eastbank/deputy', from: 500, until: null },
  ],
  'eastbank/deputy': [
    {
      cadreKey: 'eastbank/deputy',
      from: WINDOW_DAYS,
      until: 500,
      reliefReason: 'Promoted to District Head',
    },
    { cadreKey: 'successor/eastbank-deputy', from: 470, until: null },
  ],
  'riverside-education/deputy': [
    {
      cadreKey: 'riverside-education/deputy',
      from: WINDOW_DAYS,
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
  'pine/deputy': [
    {
      cadreKey: 'pine/deputy',
      from: WINDOW_DAYS,
      until: 300,
      reliefReason: 'Relieved after the provincial work-safety audit',
    },
    { cadreKey: 'successor/pine-deputy', from: 260, until: null },
  ],
  'harbour/head': [
    {
      cadreKey: 'harbour/head',
      from: WINDOW_DAYS,
      until: 200,
      reliefReason: 'Retired on health grounds',
    },
    { cadreKey: 'successor/harbour-head', from: 200, until: null },
  ],
  'westhill-em/director': [
    {
      cadreKey: 'westhill-em/director',
      from: WINDOW_DAYS,
      until: 150,
      reliefReason: 'Transferred to the provincial emergency management department',
    },
    { cadreKey: 'successor/westhill-em-director', from: 150, until: null },
  ],
};

/** Cadres who came in during the two years, and the government that keeps their files. */
const SUCCESSORS: Readonly<Record<string, string>> = {
  'successor/transport-director': 'riverside',
  'successor/eastbank-deputy': 'eastbank',
  'successor/education-acting': 'riverside',
  'successor/pine-deputy': 'westhill',
  'successor/harbour-head': 'northport',
  'successor/westhill-em-director': 'westhill',
};

const NAMES = [
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

export interface DemoCadre {
  readonly key: string;
  readonly name: string;
  readonly personnelNumber: string;
  readonly managingDepartmentKey: string;
}

/** The government that keeps a cadre's personnel file: the one of the post's level. */
function governmentOf(departmentKey: string, byKey: ReadonlyMap<string, DemoDepartment>): string {
  const department = byKey.get(departmentKey);
  if (department === undefined) throw new Error(`unknown demo department ${departmentKey}`);
  if (department.level === 'TOWNSHIP') return department.parentKey ?? departmentKey;
  if (department.kind === 'GOVERNMENT') return department.key;
  return department.parentKey ?? departmentKey;
}

export class DemoOrganisation {
  readonly departments = departments();
  readonly posts = posts();
  readonly cadres: readonly DemoCadre[];
  private readonly departmentByKey = new Map(this.departments.map((d) => [d.key, d]));
  private readonly cadreByKey: ReadonlyMap<string, DemoCadre>;

  constructor() {
    const firstHolders = this.posts.map((held) => ({
      key: held.key,
      managingDepartmentKey: governmentOf(held.departmentKey, this.departmentByKey),
    }));
    const successors = Object.entries(SUCCESSORS).map(([key, managingDepartmentKey]) => ({
      key,
      managingDepartmentKey,
    }));
    this.cadres = [...firstHolders, ...successors].map((cadre, index) => ({
      ...cadre,
      name: NAMES[index % NAMES.length] ?? 'Li Wei',
      personnelNumber: `RS-${2000 + (index % 20)}-${String(index + 1).padStart(4, '0')}`,
    }));
    this.cadreByKey = new Map(this.cadres.map((cadre) => [cadre.key, cadre]));
  }

  /** A post's holdings over the two years, oldest first; by default its first holder throughout. */
  tenures(postKey: string): readonly DemoTenure[] {
    return CHANGES[postKey] ?? [{ cadreKey: postKey, from: WINDOW_DAYS, until: null }];
  }

  /** Who held the post `days` days before the load (mid-day), or null when it was vacant. */
  holderAt(postKey: string, days: number): string | null {
    const tenure = this.tenures(postKey).find(
      (held) => held.from >= days && (held.until === null || held.until < days),
    );
    return tenure?.cadreKey ?? null;
  }

  /** The holding of a cadre's posts, as [post key, tenure] pairs. */
  holdingsOf(cadreKey: string): [string, DemoTenure][] {
    return this.posts.flatMap((held) =>
      this.tenures(held.key)
        .filter((tenure) => tenure.cadreKey === cadreKey)
        .map((tenure): [string, DemoTenure] => [held.key, tenure]),
    );
  }

  cadre(key: string): DemoCadre {
    const cadre = this.cadreByKey.get(key);
    if (cadre === undefined) throw new Error(`unknown demo cadre ${key}`);
    return cadre;
  }

  department(key: string): DemoDepartment {
    const department = this.departmentByKey.get(key);
    if (department === undefined) throw new Error(`unknown demo department ${key}`);
    return department;
  }

  post(key: string): DemoPost {
    const found = this.posts.find((candidate) => candidate.key === key);
    if (found === undefined) throw new Error(`unknown demo post ${key}`);
    return found;
  }
}

/**
 * The facts of the demo's municipality, 滨江市: its districts and townships, bureaus, industries,
 * the changes of post holders over the two years, and the cadres' names, in Chinese as a real
 * district enters them (the data is shown as entered in either language). organisation.ts builds
 * the departments, posts and cadres from them; tests take names from here, not from literals.
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
    name: '江东区',
    industries: ['construction', 'manufacturing', 'road-transport', 'school-safety'],
    hazardous: ['construction', 'manufacturing'],
    townships: [
      { key: 'lotus', name: '莲花镇', industries: ['construction', 'manufacturing'] },
      { key: 'maple', name: '枫林镇', industries: ['manufacturing', 'school-safety'] },
      { key: 'cedar', name: '城关街道', industries: ['road-transport', 'construction'] },
    ],
  },
  {
    key: 'westhill',
    name: '西山区',
    industries: ['mining', 'hazardous-chemicals', 'construction', 'school-safety'],
    hazardous: ['mining', 'hazardous-chemicals'],
    townships: [
      { key: 'pine', name: '松林镇', industries: ['mining', 'hazardous-chemicals'] },
      { key: 'willow', name: '柳溪镇', industries: ['construction', 'school-safety'] },
    ],
  },
  {
    key: 'northport',
    name: '北港区',
    industries: ['waterway-transport', 'hazardous-chemicals', 'gas-supply', 'school-safety'],
    hazardous: ['hazardous-chemicals', 'waterway-transport'],
    townships: [
      { key: 'harbour', name: '港口街道', industries: ['waterway-transport', 'gas-supply'] },
      { key: 'bay', name: '湾头镇', industries: ['hazardous-chemicals', 'waterway-transport'] },
      { key: 'reed', name: '芦荡镇', industries: ['road-transport', 'school-safety'] },
    ],
  },
] as const;

export const MUNICIPAL_BUREAUS = [
  {
    key: 'riverside-em',
    name: '滨江市应急管理局',
    industries: ['mining', 'hazardous-chemicals', 'manufacturing'],
    supervisionAuthority: true,
  },
  {
    key: 'riverside-transport',
    name: '滨江市交通运输局',
    industries: ['road-transport', 'waterway-transport'],
    supervisionAuthority: false,
  },
  {
    key: 'riverside-education',
    name: '滨江市教育局',
    industries: ['school-safety'],
    supervisionAuthority: false,
  },
  {
    key: 'riverside-housing',
    name: '滨江市住房和城乡建设局',
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

/** The municipality, the top of the hierarchy. */
export const MUNICIPALITY = { key: 'riverside', name: '滨江市人民政府' } as const;

/** Why the demoted cadre of the 湾头镇 warehouse case is appointed all the same (an override). */
export const DEMOTION_OVERRIDE_REASON =
  '湾头镇仓库案决定降职：该处理措施本身即通过任命其担任此较低职务来执行';

/** Who held which post over the two years where it is not simply one cadre throughout. */
export const CHANGES: Readonly<Record<string, readonly DemoTenureFact[]>> = {
  'riverside-transport/director': [
    {
      cadreKey: 'riverside-transport/director',
      from: null,
      until: 400,
      reliefReason: '到龄退休',
    },
    { cadreKey: 'successor/transport-director', from: 400, until: null },
  ],
  'riverside/deputy-urban': [
    {
      cadreKey: 'riverside/deputy-urban',
      from: null,
      until: 500,
      reliefReason: '任期届满退休',
    },
    { cadreKey: 'eastbank/head', from: 500, until: null },
  ],
  'eastbank/head': [
    {
      cadreKey: 'eastbank/head',
      from: null,
      until: 500,
      reliefReason: '调任分管城市建设副市长',
    },
    { cadreKey: 'eastbank/deputy', from: 500, until: null },
  ],
  'eastbank/deputy': [
    {
      cadreKey: 'eastbank/deputy',
      from: null,
      until: 500,
      reliefReason: '提任区长',
    },
    { cadreKey: 'successor/eastbank-deputy', from: 470, until: null },
  ],
  'riverside-education/deputy': [
    {
      cadreKey: 'riverside-education/deputy',
      from: null,
      until: 420,
      reliefReason: '借调省教育厅',
    },
    {
      cadreKey: 'successor/education-acting',
      from: 420,
      until: 250,
      reliefReason: '借调结束，代理职务随之终止',
    },
    { cadreKey: 'riverside-education/deputy', from: 250, until: null },
  ],
  'northport-em/director': [
    {
      cadreKey: 'northport-em/director',
      from: null,
      until: 284,
      reliefReason: '降职：湾头镇仓库案经申诉变更后的处理措施生效',
    },
    { cadreKey: 'successor/northport-em-director', from: 270, until: null },
  ],
  'pine/deputy': [
    {
      cadreKey: 'pine/deputy',
      from: null,
      until: 300,
      reliefReason: '省安全生产巡查后免职',
    },
    {
      cadreKey: 'northport-em/director',
      from: 280,
      until: null,
      eligibilityOverride: DEMOTION_OVERRIDE_REASON,
    },
  ],
  'harbour/head': [
    {
      cadreKey: 'harbour/head',
      from: null,
      until: 200,
      reliefReason: '因病退休',
    },
    { cadreKey: 'successor/harbour-head', from: 200, until: null },
  ],
  'westhill-em/director': [
    {
      cadreKey: 'westhill-em/director',
      from: null,
      until: 150,
      reliefReason: '调任省应急管理厅',
    },
    { cadreKey: 'successor/westhill-em-director', from: 150, until: null },
  ],
  'pine/head': [
    {
      cadreKey: 'pine/head',
      from: null,
      until: 66,
      reliefReason: '因西山二号矿井冒顶事故引咎辞职',
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

/** The cadres' names, as their personnel files spell them. */
export const NAMES = [
  '王建国',
  '李秀英',
  '张伟',
  '刘洋',
  '陈静',
  '杨磊',
  '赵敏',
  '黄强',
  '周鑫',
  '吴昊',
  '徐丽',
  '孙涛',
  '马骏',
  '朱红',
  '胡斌',
  '郭梅',
  '何鹏',
  '高岩',
  '林峰',
  '罗平',
  '郑凯',
  '梁辉',
  '谢东',
  '宋兰',
  '唐明',
  '韩雪',
  '冯刚',
  '邓云',
  '曹睿',
  '彭杰',
  '曾华',
  '肖波',
  '田琳',
  '董青',
  '潘勇',
  '袁婷',
  '蔡军',
  '蒋涛',
  '于飞',
  '杜娟',
  '叶春',
  '程浩',
  '魏霞',
  '苏蓉',
  '卢康',
  '丁文',
  '任佳',
  '欧阳毅',
];

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
    summary: '莲花镇建筑工地月度检查未开展且未上报，区级审计时发现',
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
    summary: '江东区一高层工地塔吊倒塌：四人死亡',
    steps: [
      investigate(116),
      evidence(110, '该工地塔吊检验合格证'),
      evidence(95, '工地安全员近三个月工作日志'),
      statement(80, 'eastbank-housing/director', '该塔吊今年春季已经有资质的机构检验合格'),
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
    summary: '港口航道渡船倾覆：十二人死亡',
    steps: [
      investigate(48),
      evidence(40, '乘客名单及渡船营运许可证'),
      {
        step: 'extend',
        on: 12,
        days: 45,
        reason: '尚待船体打捞及海事调查报告',
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
    summary: '港口街道码头燃气泄漏预警未跟进；储配站泄漏检测失效仍获许可续期',
    steps: [
      investigate(88),
      evidence(80, '两份预警通知、检查日志及许可续期档案'),
      statement(60, 'harbour/deputy', '预警已转交燃气公司，但该公司未采取措施'),
      statement(55, 'northport-housing/director', '续期按核查清单办理，清单中没有泄漏检测项目'),
      finding(30, 'harbour/deputy', 'DIRECT', '转交预警不等于检查；该岗位负有此项职责'),
      finding(
        30,
        'northport-housing/director',
        'LEADERSHIP',
        '未核查安全经营条件即为燃气储配站续发许可证',
        {
          mitigating: [
            {
              circumstance: 'ACTIVE_REMEDY',
              note: '泄漏次日即暂扣许可证，并组织修订核查清单',
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
    summary: '西山区尾矿库季度检查未开展',
    steps: [
      investigate(147),
      statement(120, 'westhill/deputy', '该季度检查组被抽调参加防汛抢险'),
      finding(70, 'westhill/deputy', 'LEADERSHIP', '对已知风险未安排替代检查', {
        mitigating: [
          {
            circumstance: 'COOPERATION',
            note: '主动提交区防汛调令及检查计划',
          },
        ],
      }),
      sanction(45, 'westhill/deputy', 'SUSPENSION'),
      decide(42),
      {
        step: 'appeal',
        on: 30,
        post: 'westhill/deputy',
        grounds: '防汛抢险系区政府统一调度',
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
    summary: '湾头镇危险化学品仓库爆炸：三十一人死亡',
    steps: [
      investigate(376),
      evidence(370, '该仓库储存许可证及库存台账'),
      evidence(360, '北港区应急管理局近两年执法档案'),
      statement(350, 'northport-em/director', '本局当年对该仓库检查过两次'),
      statement(348, 'bay/head', '镇政府曾请求区政府将该仓库搬迁'),
      finding(335, 'northport-em/director', 'SUPERVISORY', '两次检查均未发现库存远超许可限量', {
        aggravating: [
          {
            circumstance: 'SERIOUS_SOCIAL_IMPACT',
            note: '三十一人死亡，两个居民小区紧急疏散',
          },
        ],
      }),
      finding(334, 'bay/head', 'LEADERSHIP', '镇政府放任在仓库周边建设住宅', {
        mitigating: [
          {
            circumstance: 'MINOR_ROLE',
            note: '镇政府曾书面请求搬迁该仓库',
          },
        ],
      }),
      sanction(328, 'northport-em/director', 'DISMISSAL_FROM_POST'),
      sanction(328, 'bay/head', 'PUBLIC_APOLOGY'),
      decide(325),
      waive(322, 'bay/head'),
      {
        step: 'appeal',
        on: 315,
        post: 'northport-em/director',
        grounds: '省里提高了许可限量，但未通知本局',
      },
      {
        step: 'appeal-decision',
        on: 290,
        post: 'northport-em/director',
        outcome: 'SANCTION_CHANGED',
        changedSanction: 'DEMOTION',
        reasoning: '许可限量提高可解释部分库存；撤职改为降职',
      },
      close(285, '已决定；申诉已处理，申诉期已届满'),
    ],
  },
  {
    key: 'maple-postponed',
    kind: 'PRE_ACCIDENT',
    openerKey: 'eastbank-em',
    openedOn: 140,
    subjects: ['maple/deputy'],
    failureKeys: ['maple-deputy'],
    summary: '枫林镇车间月度检查推迟',
    steps: [
      investigate(137),
      statement(130, 'maple/deputy', '推迟系区里书面通知'),
      finding(110, 'maple/deputy', null, '推迟系区里书面决定'),
      decide(105),
      close(104, '无人被认定负有责任，无可申诉'),
    ],
  },
  {
    key: 'bay-records',
    kind: 'PRE_ACCIDENT',
    openerKey: 'northport-em',
    openedOn: 370,
    subjects: ['bay/deputy'],
    failureKeys: ['bay-deputy'],
    summary: '湾头镇化学品仓库超量储存，检查却记录为未发现问题',
    steps: [
      investigate(368),
      evidence(365, '当月检查记录'),
      notice(360, 'bay/deputy'),
      finding(350, 'bay/deputy', 'DIRECT', '未到库房实地查看即签署检查记录；当事人未回复听证告知'),
      sanction(345, 'bay/deputy', 'ADMONISHMENT_TALK'),
      decide(344),
      waive(343, 'bay/deputy'),
      close(342, '已决定；唯一受处理的当事人放弃申诉'),
      {
        step: 'reopen',
        on: 60,
        reason: '举报材料显示检查记录系伪造',
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
    summary: '芦荡镇县道超载采石车侧翻：两人死亡',
    steps: [
      investigate(196),
      statement(185, 'reed/deputy', '举报已转交交警部门'),
      finding(170, 'reed/deputy', 'SUPERVISORY', '被举报的超载问题应由镇政府检查', {
        aggravating: [
          {
            circumstance: 'REPEATED_WITHIN_YEAR',
            note: '同一路段当年此前已两次被举报超载',
          },
        ],
        mitigating: [
          {
            circumstance: 'COOPERATION',
            note: '向调查组提供了镇政府投诉登记簿',
          },
        ],
      }),
      sanction(160, 'reed/deputy', 'WRITTEN_SELF_EXAMINATION'),
      decide(158),
      waive(156, 'reed/deputy'),
      close(150, '已决定；当事人放弃申诉'),
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
    summary: '莲花镇排水工程沟槽坍塌：三人死亡',
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
    summary: '西山二号煤矿冒顶事故：十一人死亡',
    steps: [
      investigate(126),
      evidence(120, '矿井通风及顶板支护记录'),
      statement(100, 'westhill-em/director', '本局两周前已责令该矿停产'),
      notice(98, 'pine/head'),
      finding(
        85,
        'westhill-em/director',
        'SUPERVISORY',
        '停产指令下达后无人督促落实，该矿继续生产',
        {
          aggravating: [
            { circumstance: 'SERIOUS_SOCIAL_IMPACT', note: '十一人死亡，全国媒体报道' },
          ],
        },
      ),
      finding(84, 'pine/head', 'LEADERSHIP', '镇政府知晓非法夜班生产', {
        aggravating: [
          {
            circumstance: 'CONCEALMENT_OR_FALSE_REPORT',
            note: '镇政府向区里的报告隐瞒了夜班生产情况',
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

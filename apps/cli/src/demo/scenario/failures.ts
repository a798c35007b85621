import type { AdverseEffect, FailureKind } from '@dutyledger/domain';
import type { DemoDuty } from './duties';

export interface DemoFailure {
  readonly key: string;
  readonly dutyKey: string;
  /** days before the load */
  readonly days: number;
  readonly kind: FailureKind;
  /** what kind of failure, in words, for kind OTHER */
  readonly otherKind?: string;
  /** said of a failure on a business duty that harmed work safety */
  readonly safetyImpact?: boolean;
  readonly adverseEffect: AdverseEffect;
  readonly description: string;
  readonly evidence: string;
}

const failure = (
  key: string,
  dutyKey: string,
  days: number,
  kind: FailureKind,
  adverseEffect: AdverseEffect,
  description: string,
  evidence: string,
  extra: Pick<DemoFailure, 'otherKind' | 'safetyImpact'> = {},
): DemoFailure => ({ key, dutyKey, days, kind, adverseEffect, description, evidence, ...extra });

/**
 * Failures to perform, each dated when it happened. Several came to light weeks or months later
 * (an audit, an accident investigation): the load records them all on its day, and the cases that
 * rest on them are opened after they came to light.
 */
export const DEMO_FAILURES: readonly DemoFailure[] = [
  failure(
    'pine-vacant',
    'pine/deputy/safety',
    290,
    'INSPECTION_NOT_ORGANISED',
    'MINOR',
    '松林镇化工车间月度检查未开展：岗位空缺，无人代岗',
    '西山区检查台账（松林镇）',
  ),
  failure(
    'lotus-late',
    'lotus/deputy/safety',
    45,
    'INSPECTION_NOT_ORGANISED',
    'MINOR',
    '莲花镇建筑工地月度检查被跳过，六周后区级审计时才发现',
    '江东区审计报告（莲花镇部分）',
  ),
  failure(
    'harbour-deputy',
    'harbour/deputy/safety',
    330,
    'HAZARD_NOT_RECTIFIED',
    'SERIOUS',
    '港口街道码头燃气泄漏预警未在月度检查中跟进，一储罐泄漏达两天',
    '检查日志及两份未回复的预警通知',
  ),
  failure(
    'harbour-licence',
    'northport-housing/director/business',
    345,
    'LAX_LICENSING_OR_APPROVAL',
    'SERIOUS',
    '港口街道码头储配站泄漏检测装置故障数月，其燃气经营许可证仍获续期',
    '许可证续期档案及储配站维护记录',
    { safetyImpact: true },
  ),
  failure(
    'westhill-deputy',
    'westhill/deputy/safety',
    200,
    'INSPECTION_NOT_ORGANISED',
    'SERIOUS',
    '西山区尾矿库季度检查未开展，坝体渗漏数周未被发现',
    '季度检查计划及矿山渗漏报告',
  ),
  failure(
    'maple-deputy',
    'maple/deputy/safety',
    150,
    'INSPECTION_NOT_ORGANISED',
    'MINOR',
    '枫林镇车间月度检查推迟三周',
    '乡镇检查台账',
  ),
  failure(
    'bay-deputy',
    'bay/deputy/safety',
    400,
    'SUPERVISION_TASK_NOT_PERFORMED',
    'SERIOUS',
    '湾头镇化学品仓库超量储存，月度检查却记录为未发现问题',
    '检查记录及仓库库存台账',
  ),
  failure(
    'transport-deputy',
    'riverside-transport/deputy/safety',
    520,
    'OTHER',
    'MINOR',
    '道路运输季度检查报告未报送',
    '局报送登记簿',
    { otherKind: '检查报告未向局报送' },
  ),
  failure(
    'cedar-deputy',
    'cedar/deputy/safety',
    90,
    'INSPECTION_NOT_ORGANISED',
    'NONE',
    '月度检查推迟十天开展，未造成后果',
    '乡镇检查台账',
  ),
  failure(
    'eastbank-em',
    'eastbank-em/director/safety',
    610,
    'SUPERVISION_TASK_NOT_PERFORMED',
    'MINOR',
    '两家工贸企业的执法检查无故取消',
    '局检查计划及取消说明',
  ),
  failure(
    'westhill-em',
    'westhill-em/director/safety',
    640,
    'SUPERVISION_TASK_NOT_PERFORMED',
    'NONE',
    '月度执法报告迟报一周',
    '局报送登记簿',
  ),
  failure(
    'northport-deputy',
    'northport/deputy/safety',
    395,
    'INSPECTION_NOT_ORGANISED',
    'NONE',
    '北港区码头季度检查被压缩为半天',
    '检查日程表',
  ),
  failure(
    'reed-deputy',
    'reed/deputy/safety',
    215,
    'ILLEGAL_ACTIVITY_TOLERATED',
    'SERIOUS',
    '芦荡镇县道超载采石车辆被举报后未予检查',
    '两份群众举报及镇政府答复',
  ),
  failure(
    'willow-head',
    'willow/head/safety',
    240,
    'SAFETY_PLAN_NOT_IMPLEMENTED',
    'MINOR',
    '柳溪镇安全生产委员会季度会议未召开',
    '委员会会议记录簿',
  ),
  failure(
    'housing-deputy',
    'riverside-housing/deputy/safety',
    100,
    'INSPECTION_NOT_ORGANISED',
    'SERIOUS',
    '高层建筑工地季度检查遗漏江东区塔吊',
    '检查计划及工地清单',
  ),
  failure(
    'education-budget',
    'riverside-education/director/business',
    160,
    'OTHER',
    'MINOR',
    '校舍维修预算迟五周报送财政局',
    '财政局收文登记簿',
    { otherKind: '预算迟报' },
  ),
];

/** Does a failure count for work safety (grounds, compliance, assessment)? */
export function isWorkSafetyFailure(failure: DemoFailure, duties: readonly DemoDuty[]): boolean {
  const duty = duties.find((candidate) => candidate.key === failure.dutyKey);
  return duty?.category === 'WORK_SAFETY' || failure.safetyImpact === true;
}

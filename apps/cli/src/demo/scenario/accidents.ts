import { type AccidentGrade, accidentGrade } from '@dutyledger/domain';
import type { DemoCalendar } from '../demo-calendar';
import type { DemoCommand, DemoPhase } from '../demo-command';
import { ids } from './ids';

interface Figures {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly directLossYuan: number;
}

export interface DemoAccident extends Figures {
  readonly key: string;
  readonly departmentKey: string;
  readonly industry: string;
  readonly days: number;
  readonly description: string;
  /** revised figures reported later (`days` before the load), which re-derive the grade */
  readonly update?: Figures & { readonly reason: string; readonly days: number };
}

const accident = (
  key: string,
  departmentKey: string,
  industry: string,
  days: number,
  description: string,
  [deaths, seriousInjuries, directLossYuan]: [number, number, number],
  update?: DemoAccident['update'],
): DemoAccident => ({
  key,
  departmentKey,
  industry,
  days,
  description,
  deaths,
  seriousInjuries,
  directLossYuan,
  ...(update ? { update } : {}),
});

export const DEMO_ACCIDENTS: readonly DemoAccident[] = [
  accident(
    'lotus-scaffold',
    'lotus',
    'construction',
    690,
    '莲花镇一住宅工地脚手架坍塌',
    [1, 2, 1_200_000],
  ),
  accident(
    'cedar-bus',
    'cedar',
    'road-transport',
    610,
    '城关街道山区路段一通勤客车冲出路面',
    [0, 4, 800_000],
  ),
  accident(
    'willow-school',
    'willow',
    'school-safety',
    540,
    '柳溪镇中学体育馆屋顶因积雪坍塌',
    [0, 3, 200_000],
  ),
  accident(
    'pine-chemical-fire',
    'pine',
    'hazardous-chemicals',
    470,
    '松林镇一溶剂车间火灾',
    [3, 6, 8_500_000],
  ),
  accident(
    'harbour-gas',
    'harbour',
    'gas-supply',
    420,
    '港口街道一餐馆燃气爆炸',
    [1, 2, 2_100_000],
  ),
  accident(
    'bay-warehouse',
    'bay',
    'hazardous-chemicals',
    380,
    '湾头镇危险化学品仓库爆炸',
    [31, 120, 620_000_000],
  ),
  accident(
    'maple-workshop',
    'maple',
    'manufacturing',
    300,
    '枫林镇一金属制品厂冲压机械伤害事故',
    [2, 1, 3_400_000],
  ),
  accident(
    'reed-truck',
    'reed',
    'road-transport',
    200,
    '芦荡镇县道一超载采石运输车侧翻',
    [2, 3, 1_500_000],
  ),
  accident('westhill-mine', 'westhill', 'mining', 130, '西山二号煤矿冒顶事故', [11, 8, 42_000_000]),
  accident(
    'eastbank-crane',
    'eastbank',
    'construction',
    120,
    '江东区一高层工地塔吊倒塌',
    [4, 5, 9_600_000],
  ),
  accident(
    'harbour-ferry',
    'harbour',
    'waterway-transport',
    50,
    '港口航道渡船倾覆',
    [12, 3, 35_000_000],
  ),
  accident('maple-dust', 'maple', 'manufacturing', 30, '枫林镇一家具车间粉尘爆炸', [1, 0, 600_000]),
  accident(
    'lotus-trench',
    'lotus',
    'construction',
    20,
    '莲花镇排水工程沟槽坍塌',
    [2, 4, 2_600_000],
    {
      deaths: 3,
      seriousInjuries: 3,
      directLossYuan: 2_600_000,
      reason: '一名重伤工人经抢救无效在医院死亡',
      days: 9,
    },
  ),
];

/** The grade an accident has after its last casualty update. */
export function finalGrade(accident: DemoAccident): AccidentGrade {
  return accidentGrade(accident.update ?? accident);
}

export function accidentPhase(calendar: DemoCalendar): DemoPhase {
  return {
    name: 'accidents',
    said: { key: 'cli.demo.phases.accidents' },
    chains: DEMO_ACCIDENTS.map((reported) => {
      const accidentId = ids.accident(reported.key);
      const report: DemoCommand = {
        label: `accident:${reported.key}`,
        role: 'caseworker',
        path: '/accidents',
        body: {
          accidentId,
          departmentId: ids.department(reported.departmentKey),
          industry: reported.industry,
          occurredAt: calendar.at(reported.days, '15:30'),
          description: reported.description,
          deaths: reported.deaths,
          seriousInjuries: reported.seriousInjuries,
          directLossYuan: reported.directLossYuan,
        },
      };
      if (!reported.update) return [report];
      const { reason, deaths, seriousInjuries, directLossYuan, days } = reported.update;
      return [
        report,
        {
          label: `casualty-update:${reported.key}`,
          role: 'caseworker',
          path: `/accidents/${accidentId}/casualty-updates`,
          body: {
            deaths,
            seriousInjuries,
            directLossYuan,
            reason,
            occurredAt: calendar.at(days, '11:00'),
          },
        },
      ];
    }),
  };
}

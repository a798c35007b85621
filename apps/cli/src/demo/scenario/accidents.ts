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
    'Scaffold collapse at a Lotus housing site',
    [1, 2, 1_200_000],
  ),
  accident(
    'cedar-bus',
    'cedar',
    'road-transport',
    610,
    'Commuter bus left the road in the Cedar hills',
    [0, 4, 800_000],
  ),
  accident(
    'willow-school',
    'willow',
    'school-safety',
    540,
    'Gym roof of Willow Middle School collapsed after snow',
    [0, 3, 200_000],
  ),
  accident(
    'pine-chemical-fire',
    'pine',
    'hazardous-chemicals',
    470,
    'Fire at a solvent workshop in Pine',
    [3, 6, 8_500_000],
  ),
  accident(
    'harbour-gas',
    'harbour',
    'gas-supply',
    420,
    'Gas explosion in a Harbour restaurant',
    [1, 2, 2_100_000],
  ),
  accident(
    'bay-warehouse',
    'bay',
    'hazardous-chemicals',
    380,
    'Explosion of the Bay hazardous-chemicals warehouse',
    [31, 120, 620_000_000],
  ),
  accident(
    'maple-workshop',
    'maple',
    'manufacturing',
    300,
    'Press accident at a Maple metalworks',
    [2, 1, 3_400_000],
  ),
  accident(
    'reed-truck',
    'reed',
    'road-transport',
    200,
    'Overloaded quarry truck overturned on the Reed county road',
    [2, 3, 1_500_000],
  ),
  accident(
    'westhill-mine',
    'westhill',
    'mining',
    130,
    'Roof fall in the Westhill No. 2 coal mine',
    [11, 8, 42_000_000],
  ),
  accident(
    'eastbank-crane',
    'eastbank',
    'construction',
    120,
    'Tower crane collapse at the Eastbank tower site',
    [4, 5, 9_600_000],
  ),
  accident(
    'harbour-ferry',
    'harbour',
    'waterway-transport',
    50,
    'Ferry capsized in the Harbour channel',
    [12, 3, 35_000_000],
  ),
  accident(
    'maple-dust',
    'maple',
    'manufacturing',
    30,
    'Dust explosion at a Maple furniture workshop',
    [1, 0, 600_000],
  ),
  accident(
    'lotus-trench',
    'lotus',
    'construction',
    20,
    'Trench collapse at the Lotus drainage works',
    [2, 4, 2_600_000],
    {
      deaths: 3,
      seriousInjuries: 3,
      directLossYuan: 2_600_000,
      reason: 'One of the seriously injured workers died in hospital',
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

import { createHash } from 'node:crypto';
import type { DepartmentKind, DepartmentLevel, PostRank } from '@dutyledger/domain';
import {
  ALL_INDUSTRIES,
  CHANGES,
  DISTRICTS,
  MUNICIPALITY,
  type DemoTenureFact,
  MUNICIPAL_BUREAUS,
  NAMES,
  ORGANISED_DAYS,
  SUCCESSORS,
  WINDOW_DAYS,
} from './organisation-facts';

export { WINDOW_DAYS } from './organisation-facts';

/** One holding of a post, in days before the load (until: null = holds it now). */
export interface DemoTenure extends DemoTenureFact {
  readonly from: number;
}

/** A whole number from 0 to `below` - 1, fixed for a name (days vary, loads repeat). */
export function spread(name: string, below: number): number {
  return createHash('sha256').update(name, 'utf8').digest().readUInt32BE(0) % below;
}

/** The scenario's organisation, named by short keys; ids are derived from the keys. */

export interface DemoDepartment {
  readonly key: string;
  readonly name: string;
  readonly level: DepartmentLevel;
  readonly kind: DepartmentKind;
  readonly parentKey: string | null;
  readonly industries: readonly string[];
  readonly supervisionAuthority: boolean;
  /** the department exists from this day (days before the load) */
  readonly registeredDays: number;
}

export interface DemoPost {
  readonly key: string;
  readonly departmentKey: string;
  readonly title: string;
  readonly rank: PostRank;
  readonly businessScope: readonly string[];
}

/** Each level of the hierarchy was set up a quarter after the one above it. */
const registeredDays = (depth: number): number => ORGANISED_DAYS - 90 * depth;

/** Posts were established a month after their department. */
export const POST_AFTER_DEPARTMENT_DAYS = 30;

/** A subdistrict (街道) is run by an office of the district government, a town by its own government. */
const isSubdistrict = (township: string): boolean => township.endsWith('街道');
const townshipGovernment = (township: string): string =>
  isSubdistrict(township) ? `${township}办事处` : `${township}人民政府`;

/** The titles of a township's head and of its deputy for work safety. */
const townshipTitles = (township: string): { head: string; deputy: string } =>
  isSubdistrict(township)
    ? { head: '主任', deputy: '分管安全生产副主任' }
    : { head: '镇长', deputy: '分管安全生产副镇长' };

function departments(): DemoDepartment[] {
  const list: DemoDepartment[] = [
    {
      key: MUNICIPALITY.key,
      name: MUNICIPALITY.name,
      level: 'MUNICIPAL',
      kind: 'GOVERNMENT',
      parentKey: null,
      industries: ALL_INDUSTRIES,
      supervisionAuthority: false,
      registeredDays: registeredDays(0),
    },
  ];
  for (const bureau of MUNICIPAL_BUREAUS) {
    list.push({
      ...bureau,
      level: 'MUNICIPAL',
      kind: 'WORKING_DEPARTMENT',
      parentKey: 'riverside',
      registeredDays: registeredDays(1),
    });
  }
  for (const district of DISTRICTS) {
    list.push({
      key: district.key,
      name: `${district.name}人民政府`,
      level: 'DISTRICT',
      kind: 'GOVERNMENT',
      parentKey: 'riverside',
      industries: district.industries,
      supervisionAuthority: false,
      registeredDays: registeredDays(1),
    });
    list.push({
      key: `${district.key}-em`,
      name: `${district.name}应急管理局`,
      level: 'DISTRICT',
      kind: 'WORKING_DEPARTMENT',
      parentKey: district.key,
      industries: district.hazardous,
      supervisionAuthority: true,
      registeredDays: registeredDays(2),
    });
    list.push({
      key: `${district.key}-housing`,
      name: `${district.name}住房和城乡建设局`,
      level: 'DISTRICT',
      kind: 'WORKING_DEPARTMENT',
      parentKey: district.key,
      industries: ['construction', 'gas-supply'],
      supervisionAuthority: false,
      registeredDays: registeredDays(2),
    });
    for (const township of district.townships) {
      list.push({
        key: township.key,
        name: townshipGovernment(township.name),
        level: 'TOWNSHIP',
        kind: 'GOVERNMENT',
        parentKey: district.key,
        industries: township.industries,
        supervisionAuthority: false,
        registeredDays: registeredDays(2),
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
    post('riverside', 'mayor', '市长', 'PRINCIPAL', ALL_INDUSTRIES),
    post('riverside', 'deputy-industry', '分管工业和安全生产副市长', 'DEPUTY', [
      'mining',
      'hazardous-chemicals',
      'manufacturing',
    ]),
    post('riverside', 'deputy-urban', '分管城市建设副市长', 'DEPUTY', [
      'construction',
      'gas-supply',
      'road-transport',
      'waterway-transport',
    ]),
    post('riverside', 'deputy-education', '分管教育副市长', 'DEPUTY', ['school-safety']),
  ];
  for (const bureau of MUNICIPAL_BUREAUS) {
    list.push(post(bureau.key, 'director', '局长', 'PRINCIPAL', bureau.industries));
    list.push(post(bureau.key, 'deputy', '副局长', 'DEPUTY', bureau.industries.slice(0, 1)));
  }
  for (const district of DISTRICTS) {
    list.push(post(district.key, 'head', '区长', 'PRINCIPAL', district.industries));
    list.push(
      post(district.key, 'deputy', '分管安全生产副区长', 'DEPUTY', district.industries.slice(0, 2)),
    );
    list.push(post(`${district.key}-em`, 'director', '局长', 'PRINCIPAL', district.hazardous));
    list.push(
      post(`${district.key}-housing`, 'director', '局长', 'PRINCIPAL', [
        'construction',
        'gas-supply',
      ]),
    );
    for (const township of district.townships) {
      const titles = townshipTitles(township.name);
      list.push(post(township.key, 'head', titles.head, 'PRINCIPAL', township.industries));
      list.push(post(township.key, 'deputy', titles.deputy, 'DEPUTY', township.industries));
    }
  }
  return list;
}

export interface DemoCadre {
  readonly key: string;
  readonly name: string;
  readonly personnelNumber: string;
  readonly managingDepartmentKey: string;
  /** registered a fortnight (a first holder) or three weeks (a successor) before taking office */
  readonly registeredDays: number;
}

/** A first holder took office on a day of their own, one month to two and a half years before the window. */
const firstTenureFrom = (postKey: string): number => WINDOW_DAYS + 30 + spread(postKey, 900);

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
  private readonly tenuresByPost = new Map<string, readonly DemoTenure[]>();

  constructor() {
    const firstHolders = this.posts.map((held) => ({
      key: held.key,
      managingDepartmentKey: governmentOf(held.departmentKey, this.departmentByKey),
      registeredDays: firstTenureFrom(held.key) + 14,
    }));
    const successors = Object.entries(SUCCESSORS).map(([key, managingDepartmentKey]) => ({
      key,
      managingDepartmentKey,
      registeredDays: Math.max(...this.tenuresOf(key).map((tenure) => tenure.from)) + 21,
    }));
    this.cadres = [...firstHolders, ...successors].map((cadre, index) => ({
      ...cadre,
      name: NAMES[index % NAMES.length] ?? '李伟',
      personnelNumber: `RS-${2000 + (index % 20)}-${String(index + 1).padStart(4, '0')}`,
    }));
    this.cadreByKey = new Map(this.cadres.map((cadre) => [cadre.key, cadre]));
  }

  /** A post's holdings, oldest first; by default its first holder throughout. */
  tenures(postKey: string): readonly DemoTenure[] {
    const known = this.tenuresByPost.get(postKey);
    if (known !== undefined) return known;
    const facts = CHANGES[postKey] ?? [{ cadreKey: postKey, from: null, until: null }];
    const tenures = facts.map((tenure) => ({
      ...tenure,
      from: tenure.from ?? firstTenureFrom(postKey),
    }));
    this.tenuresByPost.set(postKey, tenures);
    return tenures;
  }

  /** When a post was established, in days before the load. */
  establishedDays(postKey: string): number {
    return (
      this.department(this.post(postKey).departmentKey).registeredDays - POST_AFTER_DEPARTMENT_DAYS
    );
  }

  private tenuresOf(cadreKey: string): DemoTenure[] {
    return this.posts.flatMap((held) =>
      this.tenures(held.key).filter((tenure) => tenure.cadreKey === cadreKey),
    );
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

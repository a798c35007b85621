import type { DemoCalendar } from '../demo-calendar';
import type { DemoChain, DemoCommand, DemoPhase } from '../demo-command';
import { ids } from './ids';
import type { DemoDepartment, DemoOrganisation } from './organisation';

function registerDepartment(department: DemoDepartment, calendar: DemoCalendar): DemoCommand {
  return {
    label: `department:${department.key}`,
    role: 'admin',
    path: '/departments',
    body: {
      departmentId: ids.department(department.key),
      name: department.name,
      level: department.level,
      kind: department.kind,
      ...(department.parentKey === null ? {} : { parentId: ids.department(department.parentKey) }),
      industries: department.industries,
      supervisionAuthority: department.supervisionAuthority,
      effectiveFrom: calendar.day(department.registeredDays),
    },
  };
}

/** A department needs its parent: the hierarchy is registered one depth at a time. */
function depthOf(department: DemoDepartment, organisation: DemoOrganisation): number {
  return department.parentKey === null
    ? 0
    : 1 + depthOf(organisation.department(department.parentKey), organisation);
}

/**
 * One post's appointments and reliefs in the order they took effect, split where an appointment
 * overrides the cadre's blocked eligibility: the api judges eligibility from the cases and
 * assessments it already holds, so that appointment and what follows it are sent after them.
 */
function appointmentChains(
  postKey: string,
  organisation: DemoOrganisation,
  calendar: DemoCalendar,
): { early: DemoCommand[]; late: DemoCommand[] } {
  const postId = ids.post(postKey);
  const early: DemoCommand[] = [];
  const late: DemoCommand[] = [];
  organisation.tenures(postKey).forEach((tenure, index) => {
    const chain = tenure.eligibilityOverride !== undefined || late.length > 0 ? late : early;
    const cadreId = ids.cadre(tenure.cadreKey);
    chain.push({
      label: `appointment:${postKey}:${index}`,
      role: 'admin',
      path: `/posts/${postId}/appointments`,
      body: {
        cadreId,
        effectiveFrom: calendar.day(tenure.from),
        ...(tenure.eligibilityOverride === undefined
          ? {}
          : { eligibilityOverride: { reason: tenure.eligibilityOverride } }),
      },
    });
    if (tenure.until === null) return;
    chain.push({
      label: `relief:${postKey}:${index}`,
      role: 'admin',
      path: `/posts/${postId}/reliefs`,
      body: {
        cadreId,
        effectiveFrom: calendar.day(tenure.until),
        reason: tenure.reliefReason ?? 'End of the appointment',
      },
    });
  });
  return { early, late };
}

export function organisationPhases(
  organisation: DemoOrganisation,
  calendar: DemoCalendar,
): DemoPhase[] {
  const depths = organisation.departments.map((d) => depthOf(d, organisation));
  const deepest = Math.max(...depths);
  const departmentPhases = Array.from({ length: deepest + 1 }, (_, depth) => ({
    name: `departments (level ${depth + 1} of the hierarchy)`,
    said: { key: 'cli.demo.phases.departments', values: { level: String(depth + 1) } },
    chains: organisation.departments
      .filter((_, index) => depths[index] === depth)
      .map((department) => [registerDepartment(department, calendar)]),
  }));
  const posts: DemoChain[] = organisation.posts.map((held) => [
    {
      label: `post:${held.key}`,
      role: 'admin',
      path: '/posts',
      body: {
        postId: ids.post(held.key),
        departmentId: ids.department(held.departmentKey),
        title: held.title,
        rank: held.rank,
        businessScope: held.businessScope,
        effectiveFrom: calendar.day(organisation.establishedDays(held.key)),
      },
    },
  ]);
  const cadres: DemoChain[] = organisation.cadres.map((cadre) => [
    {
      label: `cadre:${cadre.key}`,
      role: 'admin',
      path: '/cadres',
      body: {
        cadreId: ids.cadre(cadre.key),
        name: cadre.name,
        personnelNumber: cadre.personnelNumber,
        managingDepartmentId: ids.department(cadre.managingDepartmentKey),
        occurredAt: calendar.at(cadre.registeredDays, '09:30'),
      },
    },
  ]);
  return [
    ...departmentPhases,
    {
      name: 'posts and cadres',
      said: { key: 'cli.demo.phases.postsAndCadres' },
      chains: [...posts, ...cadres],
    },
    {
      name: 'appointments and reliefs',
      said: { key: 'cli.demo.phases.appointments' },
      chains: organisation.posts
        .map((held) => appointmentChains(held.key, organisation, calendar).early)
        .filter((chain) => chain.length > 0),
    },
  ];
}

/** Appointments of cadres whose eligibility is blocked, sent once the blocks are in the store. */
export function overridePhase(organisation: DemoOrganisation, calendar: DemoCalendar): DemoPhase {
  return {
    name: 'appointments that override a blocked eligibility',
    said: { key: 'cli.demo.phases.overrides' },
    chains: organisation.posts
      .map((held) => appointmentChains(held.key, organisation, calendar).late)
      .filter((chain) => chain.length > 0),
  };
}

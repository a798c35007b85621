import type { DemoCalendar } from '../demo-calendar';
import type { DemoChain, DemoCommand, DemoPhase } from '../demo-command';
import { ids } from './ids';
import type { DemoDepartment, DemoOrganisation } from './organisation';

function registerDepartment(department: DemoDepartment): DemoCommand {
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
    },
  };
}

/** A department needs its parent: the hierarchy is registered one depth at a time. */
function depthOf(department: DemoDepartment, organisation: DemoOrganisation): number {
  return department.parentKey === null
    ? 0
    : 1 + depthOf(organisation.department(department.parentKey), organisation);
}

/** One chain per post: its appointments and reliefs in the order they took effect. */
function appointmentChain(
  postKey: string,
  organisation: DemoOrganisation,
  calendar: DemoCalendar,
): DemoChain {
  const postId = ids.post(postKey);
  return organisation.tenures(postKey).flatMap((tenure, index): DemoCommand[] => {
    const cadreId = ids.cadre(tenure.cadreKey);
    const appoint: DemoCommand = {
      label: `appointment:${postKey}:${index}`,
      role: 'admin',
      path: `/posts/${postId}/appointments`,
      body: { cadreId, effectiveFrom: calendar.day(tenure.from) },
    };
    if (tenure.until === null) return [appoint];
    const relieve: DemoCommand = {
      label: `relief:${postKey}:${index}`,
      role: 'admin',
      path: `/posts/${postId}/reliefs`,
      body: {
        cadreId,
        effectiveFrom: calendar.day(tenure.until),
        reason: tenure.reliefReason ?? 'End of the appointment',
      },
    };
    return [appoint, relieve];
  });
}

export function organisationPhases(
  organisation: DemoOrganisation,
  calendar: DemoCalendar,
): DemoPhase[] {
  const depths = organisation.departments.map((d) => depthOf(d, organisation));
  const deepest = Math.max(...depths);
  const departmentPhases = Array.from({ length: deepest + 1 }, (_, depth) => ({
    name: `departments (level ${depth + 1} of the hierarchy)`,
    chains: organisation.departments
      .filter((_, index) => depths[index] === depth)
      .map((department) => [registerDepartment(department)]),
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
      },
    },
  ]);
  return [
    ...departmentPhases,
    { name: 'posts and cadres', chains: [...posts, ...cadres] },
    {
      name: 'appointments and reliefs',
      chains: organisation.posts.map((held) => appointmentChain(held.key, organisation, calendar)),
    },
  ];
}

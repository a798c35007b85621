import { compareNames } from '@dutyledger/i18n';
import type { ComplianceDepartment } from './compliance-department.entity';

export type DepartmentNode = ComplianceDepartment & { children: DepartmentNode[] };

/** Governments before working departments, then by name in pinyin order: how an organisation chart reads. */
function chartOrder(a: ComplianceDepartment, b: ComplianceDepartment): number {
  return (
    a.kind.localeCompare(b.kind) ||
    compareNames(a.name, b.name) ||
    a.departmentId.localeCompare(b.departmentId)
  );
}

/**
 * The departments as a forest: the municipality (a department whose parent is not registered)
 * at the root, each department under its parent. A cycle, which the domain cannot produce, would
 * leave its members out rather than loop.
 */
export function departmentTree(departments: readonly ComplianceDepartment[]): DepartmentNode[] {
  const nodes = new Map(
    departments.map((d) => [d.departmentId, { ...d, children: [] as DepartmentNode[] }]),
  );
  const roots: DepartmentNode[] = [];
  for (const node of [...nodes.values()].sort(chartOrder)) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Preorder: each department before its descendants. */
export function preorder(nodes: readonly DepartmentNode[]): DepartmentNode[] {
  return nodes.flatMap((node) => [node, ...preorder(node.children)]);
}

/** The department and all its descendants; empty when the department is unknown. */
export function subtreeIds(departments: readonly ComplianceDepartment[], rootId: string): string[] {
  const root = preorder(departmentTree(departments)).find((node) => node.departmentId === rootId);
  return root ? preorder([root]).map((node) => node.departmentId) : [];
}

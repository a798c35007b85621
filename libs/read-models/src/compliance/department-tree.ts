import type { ComplianceDepartment } from './compliance-department.entity';
import { chartSegment } from './department-tree-key';

/** A department of the chart (its stored key left out: the order says it) and those under it. */
export type DepartmentNode = Omit<ComplianceDepartment, 'treeKey'> & { children: DepartmentNode[] };

/**
 * The departments as a forest: the municipality (a department whose parent is not registered)
 * at the root, each department under its parent. A cycle, which the domain cannot produce, would
 * leave its members out rather than loop.
 */
export function departmentTree(departments: readonly ComplianceDepartment[]): DepartmentNode[] {
  const nodes = new Map(
    departments.map(({ treeKey: _key, ...d }) => [
      d.departmentId,
      { ...d, children: [] as DepartmentNode[] },
    ]),
  );
  const roots: DepartmentNode[] = [];
  // The order the stored tree keys give: governments before working departments, then by name.
  const segments = new Map([...nodes.values()].map((node) => [node, chartSegment(node)]));
  const chartOrder = (a: DepartmentNode, b: DepartmentNode) =>
    (segments.get(a) ?? '') < (segments.get(b) ?? '') ? -1 : 1;
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

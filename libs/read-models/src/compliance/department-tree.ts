import type { ComplianceDepartment } from './compliance-department.entity';

/** A department of the chart (its stored key left out: the order says it) and those under it. */
export type DepartmentNode = Omit<ComplianceDepartment, 'treeKey'> & { children: DepartmentNode[] };

/**
 * The departments as a forest: the municipality (a department whose parent is not registered)
 * at the root, each department under its parent. A cycle, which the domain cannot produce, would
 * leave its members out rather than loop.
 */
export function departmentTree(departments: readonly ComplianceDepartment[]): DepartmentNode[] {
  // The stored tree keys give the chart's order (governments before working departments, then by
  // name): siblings share their parent's key, so they compare by their own segments. The keys
  // were worked out when stored; working them out again here was ~4 % of a compliance page.
  const charted = [...departments].sort((a, b) => (a.treeKey < b.treeKey ? -1 : 1));
  const nodes = new Map(
    charted.map(({ treeKey: _key, ...d }) => [
      d.departmentId,
      { ...d, children: [] as DepartmentNode[] },
    ]),
  );
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
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

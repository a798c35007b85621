import { get } from './api.js';

/**
 * The department tree, fetched once per sign-in and shared by the views: a flat list in reading
 * order (each with its depth, municipality = 1) and names by id.
 * @typedef {{departmentId: string, name: string, level: string, parentId?: string | null, depth: number, children?: unknown[]}} Department
 */
let cached =
  /** @type {{token: string, tree: Promise<{roots: any[], list: Department[], names: Map<string, string>}>} | undefined} */ (
    undefined
  );

function roots(tree) {
  if (Array.isArray(tree)) return tree;
  if (Array.isArray(tree?.items)) return tree.items;
  if (Array.isArray(tree?.roots)) return tree.roots;
  return tree ? [tree] : [];
}

/** The tree as a flat list in reading order, each with its depth. */
function flatten(nodes, depth = 1, out = /** @type {Department[]} */ ([])) {
  for (const node of nodes) {
    out.push({ ...node, depth });
    flatten(node.children ?? [], depth + 1, out);
  }
  return out;
}

/** @param {string} token */
export function departments(token) {
  if (cached?.token !== token) {
    const tree = get(token, '/departments/tree').then((answer) => {
      const top = roots(answer);
      const list = flatten(top);
      return {
        roots: top,
        list,
        names: new Map(list.map((each) => [each.departmentId, each.name])),
      };
    });
    // A failed fetch is asked again next time.
    tree.catch(() => {
      if (cached?.tree === tree) cached = undefined;
    });
    cached = { token, tree };
  }
  return cached.tree;
}

/** Forgets the tree (signed out, or a live refresh may have changed it). */
export function forgetDepartments() {
  cached = undefined;
}

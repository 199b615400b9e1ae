/**
 * The detection rule as a tree the rule builder edits by path: a path is the list of child
 * indexes from the root group, so `[1, 0]` is the first child of the root's second child.
 * Pure functions returning new trees; the reducer calls them.
 */
import type { RuleCondition, RuleGroup, RuleNode } from "../../core/model/document";

export type RulePath = readonly number[];

export function nodeAt(root: RuleNode, path: RulePath): RuleNode | undefined {
  let node: RuleNode | undefined = root;
  for (const index of path) {
    if (!node || node.kind !== "group") return undefined;
    node = node.children[index];
  }
  return node;
}

/** The tree with the node at `path` replaced; the tree unchanged when the path leads nowhere. */
export function replaceNode(root: RuleNode, path: RulePath, replacement: RuleNode): RuleNode {
  if (path.length === 0) return replacement;
  if (root.kind !== "group") return root;
  const [head, ...rest] = path;
  if (head < 0 || head >= root.children.length) return root;
  const children = root.children.map((child, i) =>
    i === head ? replaceNode(child, rest, replacement) : child
  );
  return { ...root, children };
}

/** The tree with `node` appended to the group at `groupPath`. */
export function appendNode(root: RuleNode, groupPath: RulePath, node: RuleNode): RuleNode {
  const group = nodeAt(root, groupPath);
  if (!group || group.kind !== "group") return root;
  return replaceNode(root, groupPath, { ...group, children: [...group.children, node] });
}

/**
 * The tree without the node at `path`. A nested group left empty goes too (an empty group can
 * never be met and the document refuses it); the root group stays, empty, for the user to refill.
 */
export function removeNode(root: RuleNode, path: RulePath): RuleNode {
  if (path.length === 0) return root;
  const parentPath = path.slice(0, -1);
  const parent = nodeAt(root, parentPath);
  if (!parent || parent.kind !== "group") return root;
  const index = path[path.length - 1];
  if (index < 0 || index >= parent.children.length) return root;
  const children = parent.children.filter((_, i) => i !== index);
  if (children.length === 0 && parentPath.length > 0) return removeNode(root, parentPath);
  return replaceNode(root, parentPath, { ...parent, children });
}

/** A lone condition at the root becomes a group of one, so the builder always edits a group. */
export function asRootGroup(root: RuleNode): RuleGroup {
  return root.kind === "group" ? root : { kind: "group", combine: "and", children: [root] };
}

/** Every condition of the tree, depth first, with its path. */
export function conditionsOf(
  root: RuleNode,
  path: RulePath = []
): { condition: RuleCondition; path: RulePath }[] {
  if (root.kind !== "group") return [{ condition: root, path }];
  return root.children.flatMap((child, i) => conditionsOf(child, [...path, i]));
}

/** `detection.rule.children[1].children[0]` for path [1, 0]: where parseAgentDocument reports a node's problems. */
export function rulePathText(path: RulePath): string {
  return ["detection.rule", ...path.map((i) => `children[${i}]`)].join(".");
}

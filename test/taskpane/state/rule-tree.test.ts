import type { RuleGroup, RuleNode } from "../../../src/core/model/document";
import {
  appendNode,
  asRootGroup,
  conditionsOf,
  nodeAt,
  removeNode,
  replaceNode,
  rulePathText,
} from "../../../src/taskpane/state/rule-tree";

const a: RuleNode = { kind: "compare", measure: "A", operator: ">", value: 1 };
const b: RuleNode = { kind: "compare", measure: "B", operator: "<", value: 2 };
const c: RuleNode = { kind: "between", measure: "C", low: 0, high: 1 };
const tree: RuleGroup = {
  kind: "group",
  combine: "or",
  children: [a, { kind: "group", combine: "and", children: [b, c] }],
};

describe("rule tree", () => {
  test("nodeAt follows child indexes", () => {
    expect(nodeAt(tree, [])).toBe(tree);
    expect(nodeAt(tree, [0])).toBe(a);
    expect(nodeAt(tree, [1, 1])).toBe(c);
    expect(nodeAt(tree, [0, 0])).toBeUndefined();
    expect(nodeAt(tree, [5])).toBeUndefined();
  });

  test("replaceNode swaps one node and shares the untouched ones", () => {
    const next = replaceNode(tree, [1, 0], a) as RuleGroup;
    expect(nodeAt(next, [1, 0])).toBe(a);
    expect(next.children[0]).toBe(a);
    expect(nodeAt(tree, [1, 0])).toBe(b);
    expect(replaceNode(tree, [7], a)).toBe(tree);
  });

  test("appendNode adds to the named group only", () => {
    const next = appendNode(tree, [1], a);
    expect((nodeAt(next, [1]) as RuleGroup).children).toEqual([b, c, a]);
    expect(appendNode(tree, [0], b)).toBe(tree);
  });

  test("removeNode drops a nested group left empty, never the root", () => {
    const once = removeNode(tree, [1, 0]);
    expect((nodeAt(once, [1]) as RuleGroup).children).toEqual([c]);
    const twice = removeNode(once, [1, 0]) as RuleGroup;
    expect(twice.children).toEqual([a]);
    const empty = removeNode(twice, [0]) as RuleGroup;
    expect(empty).toEqual({ kind: "group", combine: "or", children: [] });
    expect(removeNode(tree, [])).toBe(tree);
  });

  test("asRootGroup wraps a lone condition", () => {
    expect(asRootGroup(a)).toEqual({ kind: "group", combine: "and", children: [a] });
    expect(asRootGroup(tree)).toBe(tree);
  });

  test("conditionsOf lists every condition depth first with its path", () => {
    expect(conditionsOf(tree)).toEqual([
      { condition: a, path: [0] },
      { condition: b, path: [1, 0] },
      { condition: c, path: [1, 1] },
    ]);
  });

  test("rulePathText is the path parseAgentDocument reports", () => {
    expect(rulePathText([])).toBe("detection.rule");
    expect(rulePathText([1, 0])).toBe("detection.rule.children[1].children[0]");
  });
});

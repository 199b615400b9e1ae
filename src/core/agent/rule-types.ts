import type { Checker } from "./checker";
import type { AgentDocument, RuleNode } from "../model/document";
import { detectionTypes, formulaType } from "./scope-types";

/**
 * SPEC, "Detection rules": a condition says whether an account is flagged, so a formula
 * condition must give TRUE/FALSE. `CurrentMarginPct` alone gives a number, which every non-zero
 * account would "meet": refused here, with the formula and what it gives. A formula whose type is
 * only known at run time (IF mixing kinds) is let through: docs/decisions.md, "Rule types".
 */
export function checkRuleTypes(c: Checker, doc: AgentDocument): void {
  const scope = detectionTypes(doc);
  if (!scope) return;
  visit(doc.detection.rule, "detection.rule");

  function visit(node: RuleNode, path: string): void {
    if (node.kind === "group") {
      node.children.forEach((child, i) => visit(child, `${path}.children[${i}]`));
      return;
    }
    if (node.kind !== "expression") return; // compare, between and in are TRUE/FALSE by construction
    const type = formulaType(node.expression, scope!.typeOf, scope!.known);
    if (type === "number" || type === "string" || type === "null")
      c.report(
        `${path}.expression`,
        `the condition "${node.expression}" gives ${WHAT[type]}, not TRUE/FALSE, so it cannot ` +
          `say whether an account is flagged; compare it, e.g. "${node.expression} < 0"`
      );
  }
}

const WHAT: Record<"number" | "string" | "null", string> = {
  number: "a number",
  string: "text",
  null: "a blank",
};

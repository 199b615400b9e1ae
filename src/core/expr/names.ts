/**
 * Names in formulas: which measures a formula uses (to order derived measures by dependency), and
 * their resolution to the canonical spelling of known measures, ignoring case. A name may be
 * qualified with a series id (`Series1.AvgMarginPct`); unqualified, it also finds `X.Name` when
 * that is the only such measure and there is no plain `Name`.
 */
import { childrenOf, type Expr, type NameReference } from "./ast";
import { nameError, type ExpressionError } from "./errors";
import { nearestName, type Candidate } from "./suggest";

/** The names a formula uses, each once (ignoring case), in order of appearance. */
export function referencedNames(expr: Expr): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  const visit = (node: Expr): void => {
    if (node.kind === "name") {
      const key = node.name.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        names.push(node.name);
      }
    }
    childrenOf(node).forEach(visit);
  };
  visit(expr);
  return names;
}

/** How many known names to list when nothing is close to what was typed. */
const LISTED_NAMES = 12;

/** The known names, indexed once for resolving many names. */
export class NameIndex {
  private readonly exact = new Map<string, string>();
  private readonly byUnqualified = new Map<string, string[]>();
  private readonly candidates: Candidate[];

  constructor(private readonly known: readonly string[]) {
    for (const name of known) {
      const key = name.toLowerCase();
      // The first spelling wins if the list has the same name twice in different cases.
      if (!this.exact.has(key)) this.exact.set(key, name);
      const dot = name.lastIndexOf(".");
      if (dot >= 0) {
        const tail = key.slice(dot + 1);
        const list = this.byUnqualified.get(tail) ?? [];
        if (!list.includes(name)) list.push(name);
        this.byUnqualified.set(tail, list);
      }
    }
    this.candidates = known.map((name) => ({
      name,
      forms: [name, name.slice(name.lastIndexOf(".") + 1)],
    }));
  }

  /** The canonical spelling, or an error with the position of `node` and the nearest known name. */
  resolve(node: NameReference): string {
    const result = this.lookup(node);
    if (typeof result === "string") return result;
    throw result;
  }

  private lookup(node: NameReference): string | ExpressionError {
    const key = node.name.toLowerCase();
    const exact = this.exact.get(key);
    if (exact !== undefined) return exact;
    if (!key.includes(".")) {
      const qualified = this.byUnqualified.get(key) ?? [];
      if (qualified.length === 1) return qualified[0];
      if (qualified.length > 1) {
        const options = qualified.map((q) => `"${q}"`).join(" or ");
        return nameError(
          `Ambiguous measure "${node.name}"`,
          node.span,
          undefined,
          `Write ${options}.`
        );
      }
    }
    const suggestion = nearestName(node.name, this.candidates);
    return nameError(`Unknown measure "${node.name}"`, node.span, suggestion, this.listKnown());
  }

  private listKnown(): string {
    if (this.known.length === 0) return "No measures are known here.";
    const listed = this.known.slice(0, LISTED_NAMES).join(", ");
    return `Known measures: ${listed}${this.known.length > LISTED_NAMES ? ", ..." : ""}.`;
  }
}

/** The tree with every name in its canonical spelling; throws ExpressionError on an unknown or ambiguous name. */
export function resolveNames(expr: Expr, known: readonly string[] | NameIndex): Expr {
  const index = known instanceof NameIndex ? known : new NameIndex(known);
  return mapNames(expr, (node) => index.resolve(node));
}

/** The tree with names replaced; untouched subtrees are shared, not copied. */
export function mapNames(expr: Expr, rename: (node: NameReference) => string): Expr {
  switch (expr.kind) {
    case "name": {
      const name = rename(expr);
      return name === expr.name ? expr : { ...expr, name };
    }
    case "unary": {
      const operand = mapNames(expr.operand, rename);
      return operand === expr.operand ? expr : { ...expr, operand };
    }
    case "binary": {
      const left = mapNames(expr.left, rename);
      const right = mapNames(expr.right, rename);
      return left === expr.left && right === expr.right ? expr : { ...expr, left, right };
    }
    case "call": {
      const args = expr.args.map((arg) => mapNames(arg, rename));
      return args.every((arg, i) => arg === expr.args[i]) ? expr : { ...expr, args };
    }
    default:
      return expr;
  }
}

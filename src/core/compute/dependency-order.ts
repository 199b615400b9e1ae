import { AgentInputError } from "../model/errors";

/**
 * Orders definitions so each comes after those it refers to (a measure may use measures listed
 * after it, as the seed's join lists MarginVariance before CurrentMarginPct). A cycle is an
 * error naming it.
 */
export function orderByDependencies<T extends { readonly name: string }>(
  items: readonly T[],
  dependenciesOf: (item: T) => readonly string[],
  context: string
): T[] {
  const byName = new Map(items.map((item) => [item.name, item]));
  const done = new Set<string>();
  const visiting: string[] = [];
  const ordered: T[] = [];

  const visit = (item: T): void => {
    if (done.has(item.name)) return;
    const at = visiting.indexOf(item.name);
    if (at >= 0) {
      const cycle = [...visiting.slice(at), item.name].join(" -> ");
      throw new AgentInputError(`${context}: measure "${item.name}" depends on itself (${cycle}).`);
    }
    visiting.push(item.name);
    for (const name of dependenciesOf(item)) {
      const dependency = byName.get(name);
      if (dependency) visit(dependency);
    }
    visiting.pop();
    done.add(item.name);
    ordered.push(item);
  };

  for (const item of items) visit(item);
  return ordered;
}

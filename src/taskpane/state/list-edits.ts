/** Immutable edits of a list by index, shared by the step reducers (steps/<step>/<step>-reducer.ts). */

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

export function withoutIndex<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** An index out of range, or no move at all, returns the list itself (no new revision). */
export function moveItem<T>(items: readonly T[], from: number, to: number): readonly T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** Whether an action's type is one of a slice's: `types` lists every one, checked by the compiler. */
export function actionOf<A extends { readonly type: string }>(
  types: Readonly<Record<A["type"], true>>
): (action: { readonly type: string }) => action is A {
  return (action): action is A => Object.prototype.hasOwnProperty.call(types, action.type);
}

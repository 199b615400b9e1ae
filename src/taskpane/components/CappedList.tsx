import { Button } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { plural } from "../state/format";

/**
 * A list the pane shows capped (issue "the task pane a finance user trusts": "512 rows: show
 * all"): the first `cap` items, and a button that shows them all and back. A 350 px pane with
 * hundreds of rows would bury the step's other settings.
 */
export function useCapped<T>(
  items: readonly T[],
  cap: number
): { shown: readonly T[]; all: boolean; capped: boolean; toggle(): void } {
  const [all, setAll] = useState(false);
  return {
    shown: all ? items : items.slice(0, cap),
    all,
    capped: items.length > cap,
    toggle: () => setAll((before) => !before),
  };
}

/** "512 rows: show all", then "Show the first 5"; nothing when every item is already shown. */
export function ShowAllButton(props: {
  list: { all: boolean; capped: boolean; toggle(): void };
  total: number;
  cap: number;
  noun: string;
  testId?: string;
}) {
  if (!props.list.capped) return null;
  return (
    <div>
      <Button
        appearance="transparent"
        size="small"
        onClick={props.list.toggle}
        data-testid={props.testId}
      >
        {props.list.all
          ? `Show the first ${props.cap}`
          : `${plural(props.total, props.noun)}: show all`}
      </Button>
    </div>
  );
}

/** A plain list capped at `cap` items, with its "show all" button. */
export function CappedItems<T>(props: {
  items: readonly T[];
  cap: number;
  noun: string;
  keyOf(item: T): string;
  render(item: T): ReactNode;
  className?: string;
  label?: string;
  testId?: string;
}) {
  const list = useCapped(props.items, props.cap);
  return (
    <>
      <ul className={props.className} aria-label={props.label} data-testid={props.testId}>
        {list.shown.map((item) => (
          <li key={props.keyOf(item)}>{props.render(item)}</li>
        ))}
      </ul>
      <ShowAllButton list={list} total={props.items.length} cap={props.cap} noun={props.noun} />
    </>
  );
}

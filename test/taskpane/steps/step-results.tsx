/**
 * What the step tests of rules, impact, contribution and summary share beside the harness
 * (step-harness.tsx): a real computed result to preview, the stepper wired to the agent's
 * problems (the step badge a user sees), and picking an option of a Fluent dropdown.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { StepNav } from "../../../src/taskpane/components/StepNav";
import type { AgentResult } from "../../../src/core/model/result";
import type { Preview } from "../../../src/taskpane/session/use-preview";
import { useAgent } from "../../../src/taskpane/state/context";
import { issueCountByStep, type StepId } from "../../../src/taskpane/state/issues";
import { KEY_AND_TAIL, resultOf } from "../../helpers/accounts";
import { presetDocument } from "../../helpers/agent";

/** The preset's run over KEY_AND_TAIL on 2025-10-21: A (10%, 10 points under Key) and C (-10%) flagged of 3. */
export function keyAndTailResult(): AgentResult {
  return resultOf(KEY_AND_TAIL, presetDocument(), new Date(Date.UTC(2025, 9, 21)));
}

export const ready = (result: AgentResult): Preview => ({ status: "ready", result });

/** The stepper as the pane shows it above a step: a problem badge on each step with problems. */
export function StepBadges(props: { step: StepId }) {
  const { state } = useAgent();
  return (
    <StepNav
      step={props.step}
      problems={issueCountByStep(state.issues)}
      visited={new Set()}
      onSelect={() => undefined}
    />
  );
}

/** Opens the dropdown named `label` (inside `scope` when given) and picks the option named `option`. */
export function pick(label: string | RegExp, option: string | RegExp, scope?: HTMLElement): void {
  const root = scope ? within(scope) : screen;
  fireEvent.click(root.getByRole("combobox", { name: label }));
  fireEvent.click(screen.getByRole("option", { name: option }));
}

/** The visible text of every option of the dropdown named `label`, then closes it. */
export function optionsOf(label: string | RegExp, scope?: HTMLElement): string[] {
  const root = scope ? within(scope) : screen;
  const box = root.getByRole("combobox", { name: label });
  fireEvent.click(box);
  const texts = screen.getAllByRole("option").map((o) => o.textContent ?? "");
  fireEvent.click(box);
  return texts;
}

import { STEP_IDS, type StepId } from "./issues";

/** The mark a step carries in the stepper: a problem wins over done; the open step is never "done". */
export type StepMark = "none" | "done" | "problem";

/**
 * A step is done once the user has been on it and left it without a problem; a problem is marked
 * wherever it is, visited or not, so a later step's badge is seen from the Data step.
 */
export function stepMarks(
  current: StepId,
  problems: Record<StepId, number>,
  visited: ReadonlySet<StepId>
): Record<StepId, StepMark> {
  const marks = {} as Record<StepId, StepMark>;
  for (const id of STEP_IDS) {
    marks[id] = problems[id] > 0 ? "problem" : id !== current && visited.has(id) ? "done" : "none";
  }
  return marks;
}

import { Section } from "../../components/Section";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { ProblemList } from "./ProblemList";
import { RunPanel } from "./RunPanel";
import { RunResults } from "./RunResults";
import { SettingsOverview } from "./SettingsOverview";

/** Step 6: every setting in one view, the run, and what it found. */
export function SummaryStep() {
  const { state } = useAgent();
  const { run } = useSession();
  return (
    <>
      <Section title="Run">
        <ProblemList />
        <RunPanel />
      </Section>
      {run.state.status === "done" ? <RunResults result={run.state.result} delivered={run.state.delivered} doc={state.doc} /> : null}
      <Section title="Settings">
        <SettingsOverview />
      </Section>
    </>
  );
}

export default SummaryStep;

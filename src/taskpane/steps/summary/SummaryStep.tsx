import { useEffect, type ReactNode } from "react";
import { Notice } from "../../components/ErrorMessage";
import { Section } from "../../components/Section";
import { useSession } from "../../session/context";
import { reportedRun } from "../../session/use-run";
import { useAgent } from "../../state/context";
import { ApprovalPanel } from "./ApprovalPanel";
import { PreviousReport } from "./PreviousReport";
import { OwnerWorkbooks } from "./OwnerWorkbooks";
import { ProblemList } from "./ProblemList";
import { RunPanel } from "./RunPanel";
import { RunResults } from "./RunResults";
import { ScheduleActivity } from "./ScheduleActivity";
import { SchedulePanel } from "./SchedulePanel";
import { SettingsOverview } from "./SettingsOverview";
import { SqlExport } from "./SqlExport";

/** Step 7: every setting in one view, the run and what it found, the schedule and the approval. */
export function SummaryStep() {
  const { state } = useAgent();
  const { host, run, lifecycle } = useSession();
  const { load } = lifecycle;
  // Outside Excel the lifecycle loads when it is first needed: here.
  useEffect(() => load(), [load]);
  const store = lifecycle.host?.store ?? host.documentStore;
  // The report's results: this run's, or after a cancelled or failed run the run before's, as
  // they were (that report is still the workbook's). Hidden, not unmounted, while a run is under
  // way, so they come back with what the user had open; a new result mounts them afresh.
  const reported = reportedRun(run.state);
  const running = run.state.status === "running";

  return (
    <>
      <Section title="Run">
        <ProblemList />
        {lifecycle.host?.limitations.map((text) => (
          <Notice key={text} testId="lifecycle-limitation">
            {text}
          </Notice>
        ))}
        {host.kind === "browser" ? <PreviousReport /> : null}
        <RunPanel />
      </Section>
      {reported ? (
        <ReportedResults key={runKey(reported.result)} hidden={running}>
          <RunResults
            result={reported.result}
            delivered={reported.delivered}
            doc={state.doc}
            record={reported.record}
            store={store}
          />
          <OwnerWorkbooks result={reported.result} doc={state.doc} />
        </ReportedResults>
      ) : null}
      <Section title="Schedule" testId="schedule">
        <SchedulePanel />
        <ScheduleActivity />
      </Section>
      <Section
        title="Approval"
        description={`Kept in ${store}: who submitted the agent, who approved it, and when.`}
        testId="approval"
      >
        <ApprovalPanel />
      </Section>
      <Section title="Settings">
        <SettingsOverview />
      </Section>
      <Section
        title="Run it as SQL"
        description="The same agent as SQL statements, for the team that runs your sales database or warehouse."
        testId="agent-sql"
      >
        <SqlExport />
      </Section>
    </>
  );
}

/** The results block, hidden from sight and screen readers while a newer run is under way. */
function ReportedResults(props: { hidden: boolean; children: ReactNode }) {
  return (
    <div hidden={props.hidden} data-testid="reported-results">
      {props.children}
    </div>
  );
}

/** One key per result object: the same finished run keeps its components, a new one remounts them. */
const runKeys = new WeakMap<object, number>();
let lastRunKey = 0;
function runKey(result: object): number {
  const key = runKeys.get(result) ?? ++lastRunKey;
  runKeys.set(result, key);
  return key;
}

export default SummaryStep;

import { useEffect } from "react";
import { Notice } from "../../components/ErrorMessage";
import { Section } from "../../components/Section";
import { useSession } from "../../session/context";
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
      {run.state.status === "done" ? (
        <RunResults
          result={run.state.result}
          delivered={run.state.delivered}
          doc={state.doc}
          record={run.state.record}
          store={store}
        />
      ) : null}
      {run.state.status === "done" ? (
        <OwnerWorkbooks result={run.state.result} doc={state.doc} />
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

export default SummaryStep;

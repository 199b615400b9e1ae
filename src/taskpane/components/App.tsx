import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { shelfWith } from "../../core/agent/check";
import type { AgentDocument } from "../../core/model/document";
import type { TaskPaneHost } from "../host/host";
import { SessionContext, type SessionContextValue } from "../session/context";
import { useAnchorDefault } from "../session/use-anchor-default";
import { useLifecycle } from "../session/use-lifecycle";
import { usePreview } from "../session/use-preview";
import { useAgentRun } from "../session/use-run";
import { useSavedDocument } from "../session/use-saved-document";
import { useSchedule } from "../session/use-schedule";
import { useSource } from "../session/use-source";
import { agentReducer, initialAgentState } from "../state/agent-reducer";
import { AgentContext } from "../state/context";
import { issueCountByStep, STEP_IDS, type StepId } from "../state/issues";
import { nextBlockedReason } from "../state/next-step";
import { DataStep } from "../steps/data/DataStep";
import { BrandBar } from "./BrandBar";
import { Notice } from "./ErrorMessage";
import { SaveStatusText } from "./SaveStatusText";
import { STEP_LABELS, STEP_TITLES, StepNav } from "./StepNav";

// Later steps load on first visit: the pane opens with the data step only.
const SeriesStep = lazy(
  () => import(/* webpackChunkName: "step-series" */ "../steps/series/SeriesStep")
);
const JoinStep = lazy(() => import(/* webpackChunkName: "step-join" */ "../steps/join/JoinStep"));
const ContributionStep = lazy(
  () => import(/* webpackChunkName: "step-contribution" */ "../steps/contribution/ContributionStep")
);
const RulesStep = lazy(
  () => import(/* webpackChunkName: "step-rules" */ "../steps/rules/RulesStep")
);
const ImpactStep = lazy(
  () => import(/* webpackChunkName: "step-impact" */ "../steps/impact/ImpactStep")
);
const SummaryStep = lazy(
  () => import(/* webpackChunkName: "step-summary" */ "../steps/summary/SummaryStep")
);

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Fluent's inputs and dropdowns have desktop minimum widths; the pane is about 350 px wide.
    "& .fui-Input, & .fui-Dropdown, & .fui-Combobox, & .fui-Textarea": {
      minWidth: 0,
      maxWidth: "100%",
    },
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  main: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  stepTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  footer: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  nextReason: {
    flexBasis: "100%",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

export interface AppProps {
  readonly host: TaskPaneHost;
  readonly initialDocument: AgentDocument;
  /** Why the stored agent was not used, if it was not. */
  readonly startupNotice: string | null;
  /** Keeps the agent among the workbook's agents (use-agents.ts); default: as the only agent. */
  readonly save?: (doc: AgentDocument) => Promise<void>;
  /** The workbook's agents, listed and switched above the steps (AgentsPane). */
  readonly agentSwitcher?: ReactNode;
}

export function App({ host, initialDocument, startupNotice, save, agentSwitcher }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(agentReducer, initialDocument, initialAgentState);
  const [step, setStep] = useState<StepId>("data");
  // The steps the user has been on: one left without a problem is marked done in the stepper.
  const [visited, setVisited] = useState<ReadonlySet<StepId>>(() => new Set<StepId>(["data"]));
  const source = useSource(host, state.doc, dispatch);
  const [tablesGeneration, setTablesGeneration] = useState(0);
  const tables = useMemo(
    () => ({ generation: tablesGeneration, reload: () => setTablesGeneration((g) => g + 1) }),
    [tablesGeneration]
  );
  const anchorDefault = useAnchorDefault(source.parsed?.table, state.doc, dispatch);
  const preview = usePreview(host, source.parsed, state, tablesGeneration);
  const lifecycle = useLifecycle(host, state.doc);
  const run = useAgentRun(host, lifecycle.recorded);
  useSchedule(host, lifecycle, run);
  const saveAsOnlyAgent = useCallback(
    (doc: AgentDocument) => host.saveAgents(shelfWith(doc)),
    [host]
  );
  const saveStatus = useSavedDocument(save ?? saveAsOnlyAgent, state, lifecycle.definitionSaved);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusOnStep = useRef(false);

  /** `focusHeading`: after Next, Back or a link the new step's heading takes the focus, so reading starts at its top; a tab keeps it. */
  const goTo = useCallback((next: StepId, focusHeading = true) => {
    focusOnStep.current = focusHeading;
    setStep(next);
  }, []);
  useEffect(() => {
    setVisited((seen) => (seen.has(step) ? seen : new Set([...seen, step])));
    if (focusOnStep.current) headingRef.current?.focus();
    focusOnStep.current = false;
  }, [step]);

  // The Data step also counts the sheet that cannot be read with the mapping (a field without its column).
  const sourceProblem = source.parseError !== null || source.error !== null;
  const problems = useMemo(() => {
    const counts = issueCountByStep(state.issues);
    return { ...counts, data: counts.data + (sourceProblem ? 1 : 0) };
  }, [state.issues, sourceProblem]);
  const agent = useMemo(() => ({ state, dispatch }), [state]);
  const session: SessionContextValue = useMemo(
    () => ({ host, source, preview, run, lifecycle, anchorDefault, tables, goTo }),
    [host, source, preview, run, lifecycle, anchorDefault, tables, goTo]
  );
  const index = STEP_IDS.indexOf(step);
  const nextBlocked =
    step === "data"
      ? nextBlockedReason(
          {
            hasSheet: source.sheet !== null,
            busy: source.busy !== null,
            error: source.error,
            parseError: source.parseError,
            hasRows: source.parsed !== null,
          },
          host.kind === "excel"
        )
      : null;

  return (
    <AgentContext.Provider value={agent}>
      <SessionContext.Provider value={session}>
        <div className={styles.app}>
          <header className={styles.header}>
            <BrandBar
              agentName={state.doc.name}
              hostKind={host.kind}
              hostDescription={host.description}
            />
            {agentSwitcher}
            <SaveStatusText status={saveStatus} store={host.documentStore} />
            {startupNotice ? <Notice intent="warning">{startupNotice}</Notice> : null}
          </header>
          <StepNav
            step={step}
            onSelect={(next) => goTo(next, false)}
            problems={problems}
            visited={visited}
          />
          <main className={styles.main}>
            <h1
              className={styles.stepTitle}
              ref={headingRef}
              tabIndex={-1}
              data-testid="step-title"
            >
              {STEP_TITLES[step]}
            </h1>
            <Suspense fallback={<p role="status">Loading…</p>}>
              {step === "data" && <DataStep />}
              {step === "series" && <SeriesStep />}
              {step === "join" && <JoinStep />}
              {step === "contribution" && <ContributionStep />}
              {step === "rules" && <RulesStep />}
              {step === "impact" && <ImpactStep />}
              {step === "summary" && <SummaryStep />}
            </Suspense>
          </main>
          <footer className={styles.footer}>
            {nextBlocked ? (
              <p className={styles.nextReason} id="next-reason" data-testid="next-reason">
                {nextBlocked}
              </p>
            ) : null}
            <Button disabled={index === 0} onClick={() => goTo(STEP_IDS[index - 1])}>
              {index > 0 ? `Back: ${STEP_LABELS[STEP_IDS[index - 1]]}` : "Back"}
            </Button>
            {index < STEP_IDS.length - 1 ? (
              <Button
                appearance="primary"
                disabledFocusable={nextBlocked !== null}
                aria-describedby={nextBlocked ? "next-reason" : undefined}
                onClick={() => goTo(STEP_IDS[index + 1])}
                data-testid="next-step"
              >
                Next: {STEP_LABELS[STEP_IDS[index + 1]]}
              </Button>
            ) : null}
          </footer>
        </div>
      </SessionContext.Provider>
    </AgentContext.Provider>
  );
}

/**
 * What this Excel can do of the add-in, asked once when the pane starts, so a host that lacks a
 * part says so in plain words instead of showing a blank pane or leaving functions silently
 * missing. The manifest requires only ExcelApi 1.1, so every Excel opens the pane:
 *
 * - the agent (read the data, write owned result sheets) needs ExcelApi 1.12 (worksheet custom
 *   properties mark the sheets the add-in owns);
 * - the =UAA functions need custom functions (CustomFunctionsRuntime 1.1) in the shared runtime
 *   (SharedRuntime 1.1): they are bundled with the pane's page, and AGENTRESULT reads what the
 *   pane ran. Volume-licensed Office 2019 and 2021 have neither.
 *
 * An engine too old for the pane at all (Internet Explorer 11, what Office without WebView2 uses
 * for a shared runtime) never gets here: taskpane.html's own check says so.
 */
import { isSetSupported } from "./host-support";

export interface HostCapabilities {
  /** The pane can run the agent and write its sheets. */
  readonly runsAgent: boolean;
  /** The =UAA worksheet functions, AGENTRESULT included, work. */
  readonly functions: boolean;
  /** What works and what does not, plainly; null when everything works. */
  readonly message: string | null;
}

const WHERE_IT_RUNS =
  "Microsoft 365, Excel 2021 or later (not volume-licensed), Excel on the web and Excel for Mac";

export const AGENT_UNSUPPORTED = `This version of Excel cannot run the Unprofitable Account Agent: it needs Excel API 1.12, which ${WHERE_IT_RUNS} have. What still works: workbooks the agent wrote open here with every value, as for anyone without the add-in. What does not: this pane, and the =UAA worksheet functions (they show #NAME?). Open the workbook in Excel on the web to run the agent.`;

export const FUNCTIONS_UNSUPPORTED =
  "This Excel runs the agent in this pane (every step, the run, the result sheets and the action list), but it has no custom functions in a shared runtime (volume-licensed Office 2019 and 2021 lack them): the =UAA worksheet functions, AGENTRESULT included, are not available and show #NAME?, and the add-in does not open by itself with the workbook.";

export function hostCapabilities(
  isSupported: (set: string, version: string) => boolean = isSetSupported
): HostCapabilities {
  const runsAgent = isSupported("ExcelApi", "1.12");
  const functions =
    isSupported("CustomFunctionsRuntime", "1.1") && isSupported("SharedRuntime", "1.1");
  const message = !runsAgent ? AGENT_UNSUPPORTED : !functions ? FUNCTIONS_UNSUPPORTED : null;
  return { runsAgent, functions, message };
}

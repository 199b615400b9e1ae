/**
 * The command line's lifecycle options: keeping the team's action list across runs,
 * running only when the schedule says so, and the approval steps.
 */
import type { ApprovalStep } from "../../core/agent/lifecycle";
import { isTimeZone } from "../../core/agent/lifecycle";

export const LIFECYCLE_USAGE = `Lifecycle (the report's Actions, Impact Tracking, Run Log and Agent Status sheets):
  --actions-from FILE   Previous report whose Actions, Run Log and Agent Status to carry on
                        (default: the --out report, when it exists)
  --when-due            Run only when the agent is approved and its schedule has a run due
                        (for cron or a task scheduler); otherwise print when it is due and exit 0
  --time-zone ZONE      IANA time zone of the schedule, e.g. Europe/Berlin (default: the one
                        recorded at submission, else this machine's)
  --submit NAME         Submit the agent for approval as NAME (a name or email), then run
  --approve NAME        Approve the submitted agent as NAME (not the submitter), then run
  --reject NAME         Reject the submission (or stop an active agent) as NAME, then run
  --note TEXT           A note for the approval history`;

export const LIFECYCLE_OPTIONS = {
  "actions-from": { type: "string" },
  "when-due": { type: "boolean" },
  "time-zone": { type: "string" },
  submit: { type: "string" },
  approve: { type: "string" },
  reject: { type: "string" },
  note: { type: "string" },
} as const;

export interface LifecycleArguments {
  readonly actionsFrom?: string;
  readonly whenDue: boolean;
  readonly timeZone?: string;
  readonly approval?: ApprovalStep;
}

interface LifecycleValues {
  readonly "actions-from"?: string;
  readonly "when-due"?: boolean;
  readonly "time-zone"?: string;
  readonly submit?: string;
  readonly approve?: string;
  readonly reject?: string;
  readonly note?: string;
}

/** `fail` throws the command line's usage error (exit code 2); passed in to keep args.ts free of a cycle. */
export function lifecycleArguments(
  values: LifecycleValues,
  fail: (message: string) => never
): LifecycleArguments {
  for (const name of ["actions-from", "time-zone", "submit", "approve", "reject"] as const) {
    if (values[name] !== undefined && values[name].trim() === "") fail(`--${name} needs a value.`);
  }
  const steps = (["submit", "approve", "reject"] as const).filter(
    (kind) => values[kind] !== undefined
  );
  if (steps.length > 1)
    fail(
      `Give one of --submit, --approve and --reject at a time, not ${steps.map((s) => `--${s}`).join(" and ")}.`
    );
  if (steps.length > 0 && values["when-due"])
    fail(
      `--${steps[0]} is a person's decision and --when-due a scheduled run; give them in separate runs.`
    );
  if (values.note !== undefined && steps.length === 0)
    fail("--note goes with --submit, --approve or --reject.");
  const zone = values["time-zone"]?.trim();
  if (zone !== undefined && !isTimeZone(zone))
    fail(`--time-zone '${zone}' is not a time zone; expected an IANA name such as Europe/Berlin.`);
  const kind = steps[0];
  return {
    actionsFrom: values["actions-from"],
    whenDue: values["when-due"] ?? false,
    ...(zone ? { timeZone: zone } : {}),
    ...(kind
      ? {
          approval: {
            kind,
            by: values[kind]!.trim(),
            ...(values.note !== undefined ? { note: values.note } : {}),
          },
        }
      : {}),
  };
}

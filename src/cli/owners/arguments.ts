/**
 * The command line's options for sales leads' workbooks: splitting the report by owner, the
 * owners table, and collecting returned workbooks into the master Actions sheet.
 */

export const OWNERS_USAGE = `Workbooks for sales leads:
  --split-by owner      Also write one workbook per account owner (their accounts only) into --out-dir
  --out-dir DIR         Folder for the owners' workbooks (created if missing)
  --owners FILE.csv     Owners table as a CSV file (columns CustomerId, Owner, Email; delimiter detected)
  --owners-sheet NAME   Owners table (customer id, owner, e-mail): a sheet of the input workbook, or
                        NAME.csv beside a CSV input (default: "Owners", when there is one). Owners
                        also come from an owner column (Account Owner, Sales Rep) or the action's assignee
  --notify              E-mail each owner (else assignee) with an address the actions the run created;
                        without the three options below, the agent's notification settings are used
  --smtp HOST[:PORT]    SMTP server for --notify (port default 587; STARTTLS when the server offers it)
  --smtp-user NAME      SMTP login; the password is read from the environment variable UAA_SMTP_PASSWORD
  --mail-from ADDRESS   Sender of the notifications (default: the SMTP login)
  --webhook URL         Also POST the actions the run created, as JSON grouped per owner (else
                        assignee), to this http(s) URL; beside or instead of --notify's e-mails
  --collect             Merge returned owners' workbooks (files or folders given instead of the input)
                        into the Actions sheet of the --out report: npm run analyze -- --collect packs/*.xlsx --out report.xlsx`;

export const OWNERS_OPTIONS = {
  "split-by": { type: "string" },
  "out-dir": { type: "string" },
  "owners-sheet": { type: "string" },
  owners: { type: "string" },
  collect: { type: "boolean" },
  notify: { type: "boolean" },
  smtp: { type: "string" },
  "smtp-user": { type: "string" },
  "mail-from": { type: "string" },
  webhook: { type: "string" },
} as const;

/** Where notifications go out; the password is never an argument (it would show in ps). */
export interface NotifySettings {
  readonly host: string;
  readonly port: number;
  readonly user?: string;
  readonly from: string;
  /** Addresses copied on every e-mail (the agent's notifications.copyTo). */
  readonly copyTo?: readonly string[];
}

/** `--notify` alone: the agent document's notification settings are used. */
export const FROM_DOCUMENT = "document";

export interface OwnersArguments {
  /** The folder owners' workbooks go to; absent without --split-by. */
  readonly splitInto?: string;
  readonly ownersSheet?: string;
  /** `--owners FILE.csv`: the owners table as a CSV file. */
  readonly ownersFile?: string;
  readonly notify?: NotifySettings | typeof FROM_DOCUMENT;
  /** `--webhook URL`: where the run's new actions are POSTed as JSON. */
  readonly webhook?: URL;
}

interface OwnersValues {
  readonly "split-by"?: string;
  readonly "out-dir"?: string;
  readonly "owners-sheet"?: string;
  readonly owners?: string;
  readonly notify?: boolean;
  readonly smtp?: string;
  readonly "smtp-user"?: string;
  readonly "mail-from"?: string;
  readonly webhook?: string;
}

export function ownersArguments(
  values: OwnersValues,
  fail: (message: string) => never
): OwnersArguments {
  for (const name of ["split-by", "out-dir", "owners-sheet", "owners"] as const) {
    if (values[name] !== undefined && values[name].trim() === "") fail(`--${name} needs a value.`);
  }
  if (values.owners !== undefined && values["owners-sheet"] !== undefined)
    fail("--owners and --owners-sheet both name the owners table; give one of them.");
  const split = values["split-by"]?.trim().toLowerCase();
  if (split !== undefined && split !== "owner")
    fail(`--split-by '${values["split-by"]}' is not supported; the report splits by owner.`);
  if (split !== undefined && values["out-dir"] === undefined)
    fail("--split-by owner needs --out-dir, the folder for the owners' workbooks.");
  if (split === undefined && values["out-dir"] !== undefined)
    fail("--out-dir goes with --split-by owner.");
  const flags = [values.smtp, values["smtp-user"], values["mail-from"]].some(
    (v) => v !== undefined
  );
  const notify = !values.notify ? undefined : flags ? notifySettings(values, fail) : FROM_DOCUMENT;
  const webhook = values.webhook === undefined ? undefined : webhookUrl(values.webhook, fail);
  return {
    ...(notify ? { notify } : {}),
    ...(webhook ? { webhook } : {}),
    ...(split ? { splitInto: values["out-dir"] } : {}),
    ...(values["owners-sheet"] !== undefined ? { ownersSheet: values["owners-sheet"].trim() } : {}),
    ...(values.owners !== undefined ? { ownersFile: values.owners.trim() } : {}),
  };
}

function notifySettings(values: OwnersValues, fail: (message: string) => never): NotifySettings {
  const server = /^\s*([^\s:]+)(?::(\d{1,5}))?\s*$/.exec(values.smtp ?? "");
  if (!server) fail("--notify needs --smtp HOST[:PORT], the server the e-mails go through.");
  const port = server[2] === undefined ? 587 : Number(server[2]);
  if (port < 1 || port > 65535) fail(`--smtp '${values.smtp}': the port must be 1 to 65535.`);
  const user = values["smtp-user"]?.trim() || undefined;
  const from = values["mail-from"]?.trim() || user;
  if (!from || !from.includes("@"))
    fail("--notify needs --mail-from ADDRESS (or an --smtp-user that is an e-mail address).");
  return { host: server[1], port, ...(user ? { user } : {}), from };
}

/** An absolute http(s) URL; anything else is refused before the run, naming what was given. */
function webhookUrl(given: string, fail: (message: string) => never): URL {
  const text = given.trim();
  if (text === "") fail("--webhook needs a value: the http(s) URL the new actions are POSTed to.");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fail(`--webhook '${text}' is not a URL; give one such as https://hooks.example.com/actions.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    fail(`--webhook '${text}': the URL must start with http:// or https://.`);
  return url;
}

/**
 * The agent's notification settings (`notifications` in the document): validated (never a
 * password), shown in the Summary's settings block, and used by `--notify` when no flags are
 * given, against a real SMTP server on 127.0.0.1 (smtp-server): the sender and copy addresses
 * are the document's, the password the environment's.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";
import { parseAgentDocument } from "../../../src/core/agent/check";
import { settingsOverview } from "../../../src/core/report/settings-overview";
import { ROOT } from "../../helpers/reference-tools";
import { runCli, scratchFolder } from "../run-cli";

const SAMPLE = join(ROOT, "assets", "sample-transactions.xlsx");
const SAMPLE_AGENT = JSON.parse(
  readFileSync(join(ROOT, "assets", "sample-agent.json"), "utf8")
) as Record<string, unknown>;

const SETTINGS = {
  smtpHost: "127.0.0.1",
  smtpPort: 2525,
  smtpUser: "finance@example.com",
  from: "finance@example.com",
  copyTo: ["controller@example.com"],
};

const withNotifications = (notifications: unknown) =>
  parseAgentDocument({ ...SAMPLE_AGENT, notifications });

describe("validation", () => {
  test("good settings are kept as given", () => {
    expect(withNotifications(SETTINGS).notifications).toEqual(SETTINGS);
  });

  test("a password is refused by name, pointing to the environment variable", () => {
    expect(() => withNotifications({ ...SETTINGS, password: "hunter2" })).toThrow(
      "notifications.password is not kept in the agent (it travels with the workbook); set the environment variable UAA_SMTP_PASSWORD where the agent runs"
    );
  });

  test("a port, sender, copy address or host that cannot be is named with what was found", () => {
    const problems = () =>
      withNotifications({
        smtpHost: "smtp example.com",
        smtpPort: 70000,
        from: "finance",
        copyTo: ["ok@example.com", "not an address"],
      });
    expect(problems).toThrow(
      'notifications.smtpHost must be a server name such as smtp.example.com, found "smtp example.com"'
    );
    expect(problems).toThrow("notifications.smtpPort must be at most 65535, found 70000");
    expect(problems).toThrow('notifications.from must be an e-mail address, found "finance"');
    expect(problems).toThrow(
      'notifications.copyTo[1] must be an e-mail address, found "not an address"'
    );
  });
});

test("the Summary's settings block shows them, without a password; an agent without them has no block", () => {
  const groups = settingsOverview(withNotifications(SETTINGS));
  expect(groups.find((g) => g.title === "Notifications")?.items).toEqual([
    [
      "E-mails of new actions",
      "to each action's owner (else its assignee), copy to controller@example.com",
    ],
    ["Sent from", "finance@example.com"],
    ["SMTP server", "127.0.0.1:2525, login finance@example.com (password from UAA_SMTP_PASSWORD)"],
  ]);
  expect(settingsOverview(parseAgentDocument(SAMPLE_AGENT)).map((g) => g.title)).not.toContain(
    "Notifications"
  );
});

describe("--notify without flags", () => {
  const received: { to: string[]; from: string }[] = [];
  const logins: string[] = [];
  let server: SMTPServer;
  let folder: string;

  beforeAll(async () => {
    server = new SMTPServer({
      disabledCommands: ["STARTTLS"],
      allowInsecureAuth: true,
      onAuth(auth, _session, done) {
        logins.push(`${auth.username}:${auth.password}`);
        done(null, { user: auth.username });
      },
      onData(stream, session, done) {
        stream.resume();
        stream.on("end", () => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    folder = scratchFolder();
    copyFileSync(SAMPLE, join(folder, "sample.xlsx"));
    const port = (server.server.address() as AddressInfo).port;
    writeFileSync(
      join(folder, "agent.json"),
      JSON.stringify({ ...SAMPLE_AGENT, notifications: { ...SETTINGS, smtpPort: port } })
    );
    writeFileSync(join(folder, "plain.json"), JSON.stringify(SAMPLE_AGENT));
  }, 60_000);

  afterAll(async () => {
    delete process.env.UAA_SMTP_PASSWORD;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(folder, { recursive: true, force: true });
  });

  test("uses the agent's server, sender and copy address; the password is the environment's", async () => {
    process.env.UAA_SMTP_PASSWORD = "from-env";
    const run = await runCli(
      ["sample.xlsx", "--config", "agent.json", "--out", "report.xlsx", "--quiet", "--notify"],
      folder
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Notified: 4 of 4 e-mails sent (new actions).");
    expect(received).toHaveLength(4);
    expect(received.every((mail) => mail.from === "finance@example.com")).toBe(true);
    expect(received.every((mail) => mail.to.includes("controller@example.com"))).toBe(true);
    expect(received.map((mail) => mail.to.length)).toEqual([2, 2, 2, 2]);
    expect(new Set(logins)).toEqual(new Set(["finance@example.com:from-env"]));
  }, 120_000);

  test("an agent without settings: --notify alone says what it needs", async () => {
    const run = await runCli(
      ["sample.xlsx", "--config", "plain.json", "--out", "plain.xlsx", "--quiet", "--notify"],
      folder
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "--notify needs --smtp HOST[:PORT] and --mail-from ADDRESS, or notification settings in the agent (notifications: smtpHost, smtpPort, from)."
    );
    expect(existsSync(join(folder, "plain.xlsx"))).toBe(false);
  }, 120_000);
});

/**
 * `--notify` on the bundled sample, against a real SMTP server (smtp-server on 127.0.0.1, started
 * here): each owner with new actions gets one e-mail listing their actions only; the action of the
 * account nobody owns is said to be unreachable; the login's password comes from the environment.
 */
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";
import { ROOT } from "../../helpers/reference-tools";
import { runCli, scratchFolder, type CliRun } from "../run-cli";

const SAMPLE = join(ROOT, "assets", "sample-transactions.xlsx");
const CONFIG = join(ROOT, "assets", "sample-agent.json");

interface Received {
  readonly to: string[];
  readonly from: string;
  readonly data: string;
}

let folder: string;
let run: CliRun;
const received: Received[] = [];
const logins: { user: string; pass: string }[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth(auth, _session, done) {
      logins.push({ user: auth.username ?? "", pass: auth.password ?? "" });
      done(null, { user: auth.username });
    },
    onData(stream, session, done) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          data,
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  folder = scratchFolder();
  copyFileSync(SAMPLE, join(folder, "sample.xlsx"));
  process.env.UAA_SMTP_PASSWORD = "s3cret-from-env";
  run = await runCli(
    [
      "sample.xlsx",
      "--config",
      CONFIG,
      "--out",
      "report.xlsx",
      "--json",
      "r.json",
      "--quiet",
    ].concat(["--notify", "--smtp", `127.0.0.1:${port}`, "--smtp-user", "finance@example.com"]),
    folder
  );
}, 120_000);

afterAll(async () => {
  delete process.env.UAA_SMTP_PASSWORD;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(folder, { recursive: true, force: true });
});

test("each owner with new actions gets one e-mail; the login's password is the environment's", () => {
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(received.map((mail) => mail.to).sort()).toEqual([
    ["aiko.tanaka@example.com"],
    ["jonas.weber@example.com"],
    ["maria.lopez@example.com"],
    ["samuel.okafor@example.com"],
  ]);
  expect(received.every((mail) => mail.from === "finance@example.com")).toBe(true);
  expect(logins.length).toBeGreaterThan(0);
  expect(
    logins.every((l) => l.user === "finance@example.com" && l.pass === "s3cret-from-env")
  ).toBe(true);
  expect(run.stdout).toContain("Notified: 4 of 4 e-mails sent (new actions).");
  expect(run.stdout).toContain(
    "  Not notified, no e-mail address: CustomerId=CID-0001 (no owner or assignee)"
  );
});

test("an e-mail lists the recipient's new actions and no one else's", () => {
  const result = JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as {
    actions: { CustomerId: string }[];
  };
  const actionAccounts = result.actions.map((a) => a.CustomerId);
  const maria = received.find((mail) => mail.to[0] === "maria.lopez@example.com")!;
  const body = maria.data.replace(/=\r?\n/g, "");
  const listed = actionAccounts.filter((id) => body.includes(`(${id})`));
  // The split of the same sample gives Maria Lopez five actions (split-by-owner.test.ts).
  expect(listed).toHaveLength(5);
  expect(body).toContain("Subject: Unprofitable Account Agent: 5 new actions for you");
  expect(body).toContain("Hello Maria Lopez,");
});

/**
 * `--webhook URL` on the bundled sample, against a real HTTP server on 127.0.0.1 started here:
 * the run's new actions arrive as one JSON POST grouped per owner; a webhook that answers with an
 * error or cannot be reached is said on stderr and in exit code 3, with the report written all
 * the same; a run that creates no action posts nothing.
 */
import { copyFileSync, existsSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { WebhookPayload } from "../../../src/core/lifecycle/webhook-payload";
import { ROOT } from "../../helpers/reference-tools";
import { runCli, scratchFolder, type CliRun } from "../run-cli";

const SAMPLE = join(ROOT, "assets", "sample-transactions.xlsx");
const CONFIG = join(ROOT, "assets", "sample-agent.json");

interface Received {
  readonly method: string;
  readonly url: string;
  readonly contentType: string;
  readonly body: string;
}

/** A server answering every request with `status`, recording what it got. */
async function webhookServer(status: number): Promise<{ server: Server; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({
        method: request.method ?? "",
        url: request.url ?? "",
        contentType: String(request.headers["content-type"] ?? ""),
        body,
      });
      response.writeHead(status, { "content-type": "text/plain" });
      response.end(status < 300 ? "ok" : "broken");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, received };
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

function run(folder: string, url: string, out = "report.xlsx"): Promise<CliRun> {
  return runCli(
    ["sample.xlsx", "--config", CONFIG, "--out", out, "--quiet", "--webhook", url],
    folder
  );
}

async function actionRows(file: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Actions")!;
  // Count the action keys (CustomerId=...) wherever the Key column stands.
  let rows = 0;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (String(cell.value ?? "").startsWith("CustomerId=")) rows++;
    })
  );
  return rows;
}

let folder: string;
beforeAll(() => {
  folder = scratchFolder();
  copyFileSync(SAMPLE, join(folder, "sample.xlsx"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("a webhook that takes the document", () => {
  let received: Received[];
  let first: CliRun;
  let again: CliRun;
  beforeAll(async () => {
    const hook = await webhookServer(200);
    received = hook.received;
    const url = `http://127.0.0.1:${portOf(hook.server)}/hooks/secret-token?team=finance`;
    first = await run(folder, url);
    // The same report again: its 20 actions are kept, none is new.
    again = await run(folder, url);
    await close(hook.server);
  }, 240_000);

  it("gets one JSON POST with the run's 20 new actions, grouped per owner", () => {
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(received).toHaveLength(1);
    const [post] = received;
    expect(post.method).toBe("POST");
    expect(post.url).toBe("/hooks/secret-token?team=finance");
    expect(post.contentType).toBe("application/json; charset=utf-8");
    const payload = JSON.parse(post.body) as WebhookPayload;
    expect(payload.agent).toBe("Unprofitable Account Agent");
    expect(payload.report).toBe("report.xlsx");
    // The sample's 20 actions (the top 20 flagged accounts): the owners table gives four owners
    // e-mail addresses, and CID-0001 has no owner and no assignee (notify.test.ts).
    expect(payload.actionCount).toBe(20);
    expect(payload.assignees.map((a) => a.email).sort()).toEqual([
      "aiko.tanaka@example.com",
      "jonas.weber@example.com",
      "maria.lopez@example.com",
      "samuel.okafor@example.com",
    ]);
    expect(payload.unassigned.map((a) => a.key)).toEqual(["CustomerId=CID-0001"]);
    const maria = payload.assignees.find((a) => a.name === "Maria Lopez")!;
    // The split of the same sample gives Maria Lopez five actions (split-by-owner.test.ts).
    expect(maria.actions).toHaveLength(5);
    const listed = payload.assignees.reduce((n, a) => n + a.actions.length, 0);
    expect(listed + payload.unassigned.length).toBe(20);
  });

  it("says so on stdout, naming the server but not the URL's path (it may hold a secret)", () => {
    expect(first.stdout).toContain(
      "Webhook: 20 new actions for 4 people, 1 with nobody named posted to http://127.0.0.1:"
    );
    expect(first.stdout).not.toContain("secret-token");
  });

  it("posts nothing when a run creates no action", () => {
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Webhook: no new actions; nothing posted to http://127.0.0.1:");
  });
});

describe("a webhook that fails", () => {
  it("answering HTTP 500: stderr says so, exit code 3, the report is written with its actions", async () => {
    const hook = await webhookServer(500);
    const port = portOf(hook.server);
    const result = await run(folder, `http://127.0.0.1:${port}/x`, "failed.xlsx");
    await close(hook.server);
    expect(hook.received).toHaveLength(1);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      `Note: the webhook at http://127.0.0.1:${port} was not told of 20 new actions: it answered HTTP 500 Internal Server Error. The report is written; its Actions sheet lists them.\n`
    );
    expect(await actionRows(join(folder, "failed.xlsx"))).toBe(20);
  }, 120_000);

  it("not reachable (nothing listens on the port): exit code 3, the report written", async () => {
    const hook = await webhookServer(200);
    const port = portOf(hook.server);
    await close(hook.server);
    const result = await run(folder, `http://127.0.0.1:${port}/x`, "unreachable.xlsx");
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`Note: the webhook at http://127.0.0.1:${port} was not told`);
    expect(result.stderr).toContain("it could not be reached (ECONNREFUSED)");
    expect(existsSync(join(folder, "unreachable.xlsx"))).toBe(true);
  }, 120_000);
});

describe("--webhook's argument", () => {
  it("must be an http(s) URL, refused before anything runs", async () => {
    const result = await run(folder, "ftp://example.com/hook", "never.xlsx");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "--webhook 'ftp://example.com/hook': the URL must start with http:// or https://."
    );
    expect(existsSync(join(folder, "never.xlsx"))).toBe(false);
  });

  it("is refused with the SQL engines, which create no actions", async () => {
    const result = await runCli(
      ["sample.csv", "--engine", "duckdb", "--webhook", "http://127.0.0.1:9/x"],
      folder
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "--webhook works on the agent's own run, not with the SQL options."
    );
  });
});

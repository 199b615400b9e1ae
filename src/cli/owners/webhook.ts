/**
 * `--webhook URL`: the run's new actions (core/lifecycle/webhook-payload.ts) POSTed as one JSON
 * document. The report is written before: a webhook that cannot be reached or answers with an
 * error is said on stderr and in the exit code (3), never silently dropped, and the report stays
 * as written. Messages name the URL's origin only: a webhook's path often carries its secret.
 */
import type { WebhookPayload } from "../../core/agent/lifecycle";
import { plural } from "../../core/model/plural";
import type { CliIo } from "../io";

/** A webhook that has not answered by then is reported as not reached (the run does not hang). */
const WEBHOOK_TIMEOUT_MS = 30_000;

/** Whether the webhook took the document (or there was nothing to send). */
export async function postWebhook(url: URL, payload: WebhookPayload, io: CliIo): Promise<boolean> {
  const where = `the webhook at ${url.origin}`;
  if (payload.actionCount === 0) {
    io.stdout(`Webhook: no new actions; nothing posted to ${url.origin}.\n`);
    return true;
  }
  const what = plural(payload.actionCount, "new action");
  const failed = (why: string) => {
    io.stderr(
      `Note: ${where} was not told of ${what}: ${why}. The report is written; its Actions sheet lists them.\n`
    );
    return false;
  };
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
  } catch (error) {
    return failed(reasonOf(error));
  }
  // The body is not needed; reading it lets the connection close.
  await response.text().catch(() => "");
  if (!response.ok)
    return failed(
      `it answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`
    );
  const people = plural(payload.assignees.length, "person", "people");
  const unassigned =
    payload.unassigned.length > 0 ? `, ${payload.unassigned.length} with nobody named` : "";
  io.stdout(
    `Webhook: ${what} for ${people}${unassigned} posted to ${url.origin} (HTTP ${response.status}).\n`
  );
  return true;
}

/** The cause fetch hides behind "fetch failed" (connection refused, unknown host, timeout). */
function reasonOf(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError")
    return `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} seconds`;
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  if (cause?.code) return `it could not be reached (${cause.code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The page the manifest opens (src/taskpane/taskpane.html) in an engine too old for the pane's
 * bundles (Internet Explorer 11, which Office without WebView2 uses for a shared runtime): its
 * ES5 check must replace "Loading..." with what works and what does not, and stay silent in a
 * modern engine. The check runs here in a sandbox with the page's container.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { engineCheck, isEs5, runEngineCheck } from "./engine-check";

const page = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"), "utf8");
const check = engineCheck(page);

function runCheck(engine: { Function?: unknown } = {}): {
  html: string;
  window: Record<string, unknown>;
} {
  return runEngineCheck(check, engine);
}

/** What `new Function` does in Internet Explorer 11 with ES2015+ source: a SyntaxError. */
function OldEngineFunction(): never {
  throw new SyntaxError("Expected identifier");
}

test("the check is ES5 (it must parse where the bundles cannot)", () => {
  expect(isEs5(check)).toBe(true);
  expect(isEs5("var f = () => 1;")).toBe(false);
});

test("in an old engine the pane says what works and what does not, and the bundles stand down", () => {
  const { html, window } = runCheck({ Function: OldEngineFunction });
  expect(html).toContain("This version of Office cannot run the Unprofitable Account Agent");
  expect(html).toContain("Internet Explorer 11");
  expect(html).toContain("What still works");
  expect(html).toContain('href="help.html#troubleshooting"');
  expect(window.UAA_ENGINE_TOO_OLD).toBe(true);
});

test("in a modern engine the page is left as it is", () => {
  const { html, window } = runCheck();
  expect(html).toBe("<p>Loading Unprofitable Account Agent…</p>");
  expect(window.UAA_ENGINE_TOO_OLD).toBeUndefined();
});

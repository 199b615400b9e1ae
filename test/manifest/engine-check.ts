/**
 * taskpane.html's check for an engine too old for the pane (its inline script that sets
 * UAA_ENGINE_TOO_OLD), run in a sandbox with the page's container: for the page as written and
 * as the production build minifies it.
 */
import { runInNewContext } from "node:vm";

// acorn (webpack's parser) reads a script as ES5 the way Internet Explorer 11 would.
const acorn = require("acorn") as {
  parse(code: string, options: { ecmaVersion: number }): unknown;
};

/** The inline script of a page that carries the engine check. */
export function engineCheck(page: string): string {
  const scripts = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const check = scripts.find((script) => script.includes("UAA_ENGINE_TOO_OLD"));
  if (!check) throw new Error("the page has no engine check");
  return check;
}

export function isEs5(code: string): boolean {
  try {
    acorn.parse(code, { ecmaVersion: 5 });
    return true;
  } catch {
    return false;
  }
}

export function runEngineCheck(
  check: string,
  engine: { Function?: unknown } = {}
): { html: string; window: Record<string, unknown> } {
  const container = { innerHTML: "<p>Loading Unprofitable Account Agent…</p>" };
  const window: Record<string, unknown> = {};
  runInNewContext(check, {
    window,
    document: { getElementById: (id: string) => (id === "container" ? container : null) },
    ...engine,
  });
  return { html: container.innerHTML, window };
}

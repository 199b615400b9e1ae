/**
 * An axe-core scan (from npm, injected into the page) of every step at Excel's task-pane width
 * (350 px), in the light and the dark theme, with the sample open, and of the results after a
 * run. No serious or critical violation may remain, except inside Fluent's own focus-trap
 * elements (tabster's dummy inputs, `data-tabster-dummy`), which the test names and counts in
 * test-artifacts/e2e/axe-focus-traps.json.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS } from "./build";
import { shot, paneSession, uploadSample } from "./pane";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const STEPS = ["data", "series", "join", "contribution", "rules", "impact", "summary"];

interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly target: string;
  readonly inFocusTrap: boolean;
}

const session = paneSession(350);

async function scan(page: Page): Promise<Finding[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    interface AxeNode {
      target: string[];
    }
    interface AxeViolation {
      id: string;
      impact: string | null;
      nodes: AxeNode[];
    }
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) =>
        v.nodes.map((node) => {
          const selector = node.target.join(" ");
          const element = document.querySelector(selector);
          return {
            rule: v.id,
            impact: v.impact ?? "",
            target: selector,
            inFocusTrap: element !== null && element.closest("[data-tabster-dummy]") !== null,
          };
        })
      );
  });
}

test("every step, light and dark: no serious or critical violation outside Fluent's focus traps", async () => {
  const outside: (Finding & { step: string; theme: string })[] = [];
  const traps: Record<string, number> = {};
  const scanned: string[] = [];
  for (const theme of ["light", "dark"]) {
    const page = await session.open(theme === "dark" ? "?theme=dark" : "");
    await uploadSample(page);
    const scanStep = async (step: string) => {
      for (const finding of await scan(page)) {
        if (finding.inFocusTrap) traps[finding.rule] = (traps[finding.rule] ?? 0) + 1;
        else outside.push({ ...finding, step, theme });
      }
      scanned.push(`${theme}:${step}`);
      await shot(page, `40-axe-${theme}-${step}`);
    };
    for (const step of STEPS) {
      await page.getByTestId(`step-${step}`).click();
      await page.getByTestId("step-title").waitFor();
      await page.getByText("Loading…").waitFor({ state: "detached" });
      await scanStep(step);
    }
    // The results of a run, on the Summary step: the headline, Fix first, the download.
    await page.getByTestId("run").click();
    await page.getByTestId("flagged-count").waitFor({ timeout: 90_000 });
    await page.getByTestId("top-flagged").waitFor();
    await scanStep("results");
    await page.close();
  }
  writeFileSync(join(ARTIFACTS, "axe-focus-traps.json"), JSON.stringify(traps, null, 2));
  // Every step and the results, in both themes.
  expect(scanned).toEqual(
    ["light", "dark"].flatMap((theme) => [...STEPS, "results"].map((s) => `${theme}:${s}`))
  );
  expect(outside).toEqual([]);
  // Inside the focus traps: tabster's dummy inputs are focusable within aria-hidden by design (28
  // over the 14 scans with the tab list of steps; none since the stepper is plain buttons, and the
  // number moves with the dialogs and popovers shown). Nothing else may hide there.
  expect(Object.keys(traps).filter((rule) => rule !== "aria-hidden-focus")).toEqual([]);
});

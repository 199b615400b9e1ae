/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder, TextEncoder } from "util";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { App } from "../../../src/taskpane/components/App";
import { BrowserHost } from "../../../src/taskpane/host/browser-host";

/**
 * The whole pane outside Office, as a first-time user meets it: the browser host over the
 * bundled sample (served from assets/ by a stand-in fetch: jsdom has none), no Worker in jsdom,
 * so the sample is read in the page, as the host does where workers are missing.
 */
// jsdom has no TextDecoder (every browser has): the workbook's reader needs it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const ASSETS = join(__dirname, "../../../assets");
const served: string[] = [];

beforeEach(() => {
  served.length = 0;
  (globalThis as { fetch?: unknown }).fetch = async (url: string) => {
    served.push(url);
    const bytes = readFileSync(join(ASSETS, url.replace(/^assets\//, "")));
    return {
      ok: true,
      status: 200,
      statusText: "OK",
      json: async () => JSON.parse(bytes.toString("utf8")) as unknown,
      text: async () => bytes.toString("utf8"),
      arrayBuffer: async () =>
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    };
  };
});

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  } as unknown as Storage;
}

function renderApp() {
  const host = new BrowserHost("Browser: not running inside Office", memoryStorage());
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialDocument={unprofitableAccountAgent()} startupNotice={null} />
    </FluentProvider>
  );
  return host;
}

const next = () => screen.getByTestId("next-step");
const stepper = () => screen.getByRole("navigation", { name: "Steps" });

test("the first run: step 1 of 7, the first-run card, and Next held back until there is data", () => {
  renderApp();
  expect(within(stepper()).getByText("Step 1 of 7: Data")).toBeTruthy();
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Data: the transaction sheet");
  expect(
    within(screen.getByRole("toolbar", { name: "Agent set-up steps" })).getAllByRole("button")
  ).toHaveLength(7);
  expect(screen.getByRole("button", { name: "Try it with the sample" })).toBeTruthy();
  expect(next().textContent).toBe("Next: Series");
  expect(next().getAttribute("aria-disabled")).toBe("true");
  expect(screen.getByTestId("next-reason").textContent).toBeTruthy();
  expect(next().getAttribute("aria-describedby")).toBe("next-reason");
  expect(screen.getByRole("button", { name: "Back" }).hasAttribute("disabled")).toBe(true);
  // Held back means held back: a click does not move on.
  fireEvent.click(next());
  expect(within(stepper()).getByText("Step 1 of 7: Data")).toBeTruthy();
});

test("Try it with the sample: the sample and its settings load, Next moves to step 2 and Back returns", async () => {
  const host = renderApp();
  fireEvent.click(screen.getByRole("button", { name: "Try it with the sample" }));
  // Reading the whole sample in the page takes seconds on a busy machine.
  // Next is free once the rows are parsed, never before (issue 12: it was free for one render
  // between the read and the parse): when it is, the rows read are on screen.
  await waitFor(
    () => {
      expect(screen.queryByTestId("next-reason")).toBeNull();
      expect(next().getAttribute("aria-disabled")).not.toBe("true");
    },
    { timeout: 20000 }
  );
  expect(screen.getByTestId("rows-read").textContent).toMatch(/5,011/);
  expect(host.fileName).toBe("sample-transactions.xlsx");
  expect(served).toEqual(
    expect.arrayContaining(["assets/sample-transactions.xlsx", "assets/sample-agent.json"])
  );
  fireEvent.click(next());
  await waitFor(() => expect(within(stepper()).getByText("Step 2 of 7: Series")).toBeTruthy());
  expect(
    await screen.findByRole("heading", { level: 1, name: "Series: revenue and margin" })
  ).toBeTruthy();
  // The new step's heading takes the focus, so reading starts at its top.
  expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
  fireEvent.click(screen.getByRole("button", { name: "Back: Data" }));
  await waitFor(() => expect(within(stepper()).getByText("Step 1 of 7: Data")).toBeTruthy());
});

test("on the sample with its settings a run gives the command line's figures: 29 accounts flagged", async () => {
  // jsdom has no object URLs: the report's download link gets a stand-in.
  URL.createObjectURL = () => "blob:report";
  URL.revokeObjectURL = () => undefined;
  renderApp();
  fireEvent.click(screen.getByRole("button", { name: "Try it with the sample" }));
  await waitFor(() => expect(screen.queryByTestId("next-reason")).toBeNull(), { timeout: 20000 });
  // 29 needs the sample's settings (assets/sample-agent.json: anchor date 2025-10-21) loaded with it.
  fireEvent.click(
    within(screen.getByRole("toolbar", { name: "Agent set-up steps" })).getByRole("button", {
      name: /^Step 7: Run/,
    })
  );
  const run = await screen.findByRole("button", { name: "Run the agent" }, { timeout: 20000 });
  await waitFor(() => expect(run.hasAttribute("disabled")).toBe(false), { timeout: 20000 });
  fireEvent.click(run);
  const flagged = await screen.findByTestId("flagged-count", {}, { timeout: 30000 });
  expect(flagged.textContent).toBe("29");
  expect(screen.getByTestId("result-headline").textContent).toMatch(
    /^29 of [\d,]+ accounts flagged/
  );
}, 60000);

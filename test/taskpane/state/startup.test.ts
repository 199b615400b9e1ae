import { addAgent, shelfWith } from "../../../src/core/agent/check";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { paneStart, startingDocument } from "../../../src/taskpane/session/startup";

const store = (value: unknown) => ({
  documentStore: "this browser",
  loadDocument: async () => value,
});

test("no stored agent: the built-in one, silently", async () => {
  expect(await startingDocument(store(null))).toEqual({
    doc: unprofitableAccountAgent(),
    notice: null,
    shelf: shelfWith(unprofitableAccountAgent()),
  });
});

test("a valid stored agent is used as stored", async () => {
  const doc = { ...unprofitableAccountAgent(), name: "Margin watch", anchorDate: "2025-10-21" };
  expect(await startingDocument(store(JSON.parse(JSON.stringify(doc))))).toEqual({
    doc,
    notice: null,
    shelf: shelfWith(doc),
  });
});

test("of several stored agents, the one selected is opened", async () => {
  const first = { ...unprofitableAccountAgent(), name: "Margin watch" };
  const { shelf } = addAgent(shelfWith(first), { ...first, name: "Trend" });
  const started = await startingDocument(store(JSON.parse(JSON.stringify(shelf))));
  expect(started.doc).toEqual({ ...first, name: "Trend", sheetPrefix: "Trend" });
  expect(started.shelf.agents.map((agent) => agent.id)).toEqual(["agent-1", "agent-2"]);
});

test("an invalid stored agent is replaced and the reason given", async () => {
  const started = await startingDocument(store({ ...unprofitableAccountAgent(), name: "" }));
  expect(started.doc).toEqual(unprofitableAccountAgent());
  expect(started.notice).toBe(
    "The agent kept in this browser could not be used (name must not be empty); the built-in agent is shown instead."
  );
});

test("a store that fails to load is reported", async () => {
  const started = await startingDocument({
    documentStore: "this workbook",
    loadDocument: async () => Promise.reject(new Error("Settings are damaged.")),
  });
  expect(started.notice).toBe("Settings are damaged. The built-in agent is shown instead.");
});

describe("what this Excel can do, said when the pane starts", () => {
  const excel = (value: unknown) => ({ kind: "excel" as const, ...store(value) });
  const limits = (runsAgent: boolean, functions: boolean) => () => ({
    runsAgent,
    functions,
    message: runsAgent && functions ? null : `limits ${runsAgent} ${functions}`,
  });

  test("an Excel that cannot run the agent gets only that said, no steps", async () => {
    expect(await paneStart(excel(null), limits(false, false))).toEqual({
      kind: "unsupported",
      message: "limits false false",
    });
  });

  test("one without the worksheet functions opens the pane with a notice saying so", async () => {
    expect(await paneStart(excel(null), limits(true, false))).toEqual({
      kind: "pane",
      doc: unprofitableAccountAgent(),
      shelf: shelfWith(unprofitableAccountAgent()),
      notice: "limits true false",
    });
    const started = await paneStart(excel({ name: "" }), limits(true, false));
    expect(started.kind === "pane" && started.notice).toMatch(
      /^limits true false The agent kept in this browser could not be used/
    );
  });

  test("a full Excel, or the browser outside Office, opens as before", async () => {
    expect(await paneStart(excel(null), limits(true, true))).toEqual({
      kind: "pane",
      doc: unprofitableAccountAgent(),
      shelf: shelfWith(unprofitableAccountAgent()),
      notice: null,
    });
    const browser = { kind: "browser" as const, ...store(null) };
    expect(await paneStart(browser, limits(false, false))).toMatchObject({ kind: "pane" });
  });
});

import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { startingDocument } from "../../../src/taskpane/session/startup";

const store = (value: unknown) => ({
  documentStore: "this browser",
  loadDocument: async () => value,
});

test("no stored agent: the built-in one, silently", async () => {
  expect(await startingDocument(store(null))).toEqual({
    doc: unprofitableAccountAgent(),
    notice: null,
  });
});

test("a valid stored agent is used as stored", async () => {
  const doc = { ...unprofitableAccountAgent(), name: "Margin watch", anchorDate: "2025-10-21" };
  expect(await startingDocument(store(JSON.parse(JSON.stringify(doc))))).toEqual({
    doc,
    notice: null,
  });
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

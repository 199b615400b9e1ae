/// <reference types="office-js" />
/* global Office */
/**
 * Ribbon commands. The add-in's one button (Home > Account Agent) opens the task pane through a
 * ShowTaskpane action in manifest.xml, which needs no code. This bundle is the FunctionFile's
 * script, loaded on the shared-runtime page with the task pane, so commands added later
 * (ExecuteFunction buttons) register here with `Office.actions.associate`.
 */

/** Called by Office once the runtime is up; outside Office (no office.js) nothing is registered. */
export function registerCommands(): void {
  // No ExecuteFunction commands yet: the ribbon button is a ShowTaskpane action.
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => registerCommands());
}

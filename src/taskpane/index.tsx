/**
 * The task pane's entry point, as in Microsoft's React task-pane template: wait for Office (at
 * most a few seconds: outside Office there is none), pick the host, check what this Excel can do
 * and load the stored agent, and render <App> (or, where Excel cannot run the agent, what works
 * and what does not) inside FluentProvider with Office's light or dark theme.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { AgentsPane } from "./components/AgentsPane";
import { HostNotSupported } from "./components/HostNotSupported";
import { chooseHost } from "./host/choose-host";
import { paneStart } from "./session/startup";
import { currentThemeName, fluentTheme } from "./theme";

function container(): HTMLElement {
  const existing = document.getElementById("container");
  if (existing) return existing;
  const created = document.createElement("div");
  created.id = "container";
  document.body.appendChild(created);
  return created;
}

async function start(): Promise<void> {
  // taskpane.html found this engine too old and said so in the page: leave that message standing.
  if ((window as { UAA_ENGINE_TOO_OLD?: boolean }).UAA_ENGINE_TOO_OLD) return;
  const root = createRoot(container());
  const host = await chooseHost();
  const start = await paneStart(host);
  const themeName = currentThemeName(host.kind === "excel");
  document.documentElement.style.colorScheme = themeName;
  document.body.style.margin = "0";
  root.render(
    <FluentProvider theme={fluentTheme(themeName)} data-theme={themeName}>
      {start.kind === "unsupported" ? (
        <HostNotSupported message={start.message} />
      ) : (
        <AgentsPane host={host} start={start} />
      )}
    </FluentProvider>
  );
}

void start();

/**
 * The task pane's entry point, as in Microsoft's React task-pane template: wait for Office (at
 * most a few seconds: outside Office there is none), pick the host, load the stored agent, and
 * render <App> inside FluentProvider with Office's light or dark theme.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { chooseHost } from "./host/choose-host";
import { startingDocument } from "./session/startup";
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
  const root = createRoot(container());
  const host = await chooseHost();
  const { doc, notice } = await startingDocument(host);
  const themeName = currentThemeName(host.kind === "excel");
  document.documentElement.style.colorScheme = themeName;
  document.body.style.margin = "0";
  root.render(
    <FluentProvider theme={fluentTheme(themeName)} data-theme={themeName}>
      <App host={host} initialDocument={doc} startupNotice={notice} />
    </FluentProvider>
  );
}

void start();

/**
 * The bundled sample's three files, each fetched once (issue 14: the sample opens in under
 * 0.5 s). The pane asks for them when it is first idle, while the user reads the first-run card,
 * so "Try it with the sample" finds them here instead of waiting on three requests, and the
 * reading worker warms up on the workbook itself (warm-read-worker.ts). A failed fetch of the
 * workbook or the settings is forgotten: the click asks again and says what went wrong. A head
 * that cannot be had is kept as none: the sample then opens as an uploaded file does.
 */
import { AgentInputError } from "../../core/model/errors";
import { SAMPLE_HEAD_URL, type SampleHead } from "./sample-head";

export const SAMPLE_WORKBOOK_URL = "assets/sample-transactions.xlsx";
export const SAMPLE_AGENT_URL = "assets/sample-agent.json";
export const SAMPLE_FILE_NAME = "sample-transactions.xlsx";

/** The sample workbook as the reading worker warms up on it. */
export interface WarmFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The sheet the pane opens on (the head's), or null for the first. */
  readonly sheet: string | null;
}

export class SampleAssets {
  private readonly pending = new Map<string, Promise<unknown>>();

  /** The shipped first screen (sample-head.ts), or null where the deployment has none. */
  head(): Promise<SampleHead | null> {
    return this.once(SAMPLE_HEAD_URL, () =>
      fetch(SAMPLE_HEAD_URL)
        .then((response) => (response.ok ? (response.json() as Promise<SampleHead>) : null))
        .catch(() => null)
    );
  }

  /** The workbook's bytes: a copy each time, since a reader may take (transfer) them. */
  async workbook(): Promise<Uint8Array> {
    const bytes = await this.once(SAMPLE_WORKBOOK_URL, async () => {
      const response = await fetch(SAMPLE_WORKBOOK_URL);
      if (!response.ok) {
        throw new AgentInputError(
          `The sample workbook could not be loaded (${response.status} ${response.statusText}); upload a file instead.`
        );
      }
      return new Uint8Array(await response.arrayBuffer());
    });
    return bytes.slice();
  }

  /** The sample's settings, parsed afresh each time (whoever takes them may change them). */
  async agent(): Promise<unknown> {
    const text = await this.once(SAMPLE_AGENT_URL, async () => {
      const response = await fetch(SAMPLE_AGENT_URL);
      if (!response.ok) {
        throw new AgentInputError(
          `The sample's settings could not be loaded (${response.status} ${response.statusText}); the sample workbook is open with your own settings.`
        );
      }
      return response.text();
    });
    return JSON.parse(text) as unknown;
  }

  /** The workbook and the sheet its head opens on, for the warm-up; null if it cannot be had. */
  warmFile(): Promise<WarmFile | null> {
    return Promise.all([this.workbook(), this.head()]).then(
      ([bytes, head]) => ({ name: SAMPLE_FILE_NAME, bytes, sheet: head?.sheet.name ?? null }),
      () => null
    );
  }

  /** Asks for all three now, so a later click finds them (failures wait for that click). */
  prefetch(): void {
    void this.warmFile();
    this.agent().catch(() => undefined);
  }

  private once<T>(url: string, load: () => Promise<T>): Promise<T> {
    let known = this.pending.get(url) as Promise<T> | undefined;
    if (!known) {
      known = load();
      this.pending.set(url, known);
      known.catch(() => this.pending.delete(url));
    }
    return known;
  }
}

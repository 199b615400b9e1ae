/**
 * Progress on stderr, only for runs long enough to need it: nothing during the first second;
 * then on a terminal one line redrawn in place a few times a second, elsewhere (logs, CI) a plain
 * line at most every few seconds.
 */
import { terminalText } from "./terminal-text";
import type { RunProgress } from "../core/model/source";
import type { CliIo } from "./io";

export interface ProgressOptions {
  /** Quiet until the run has taken this long. */
  readonly delayMs?: number;
  /** Least time between two plain (non-terminal) lines. */
  readonly plainIntervalMs?: number;
}

export interface ProgressReporter {
  readonly report: (progress: RunProgress) => void;
  /** Clears the redrawn line so the summary starts on a clean one. */
  readonly finish: () => void;
}

const TTY_INTERVAL_MS = 100;
const PHASE_LABEL: Record<RunProgress["phase"], string> = {
  reading: "Reading rows",
  computing: "Computing",
  writing: "Writing the report",
};

const count = new Intl.NumberFormat("en-US");

export function describeProgress({ phase, done, total }: RunProgress): string {
  if (phase !== "reading") return `${PHASE_LABEL[phase]}...`;
  if (total === null || total <= 0) return `${PHASE_LABEL[phase]}: ${count.format(done)}`;
  const percent = Math.min(100, Math.floor((done / total) * 100));
  return `${PHASE_LABEL[phase]}: ${count.format(done)} of ${count.format(total)} (${percent}%)`;
}

export function createProgress(io: CliIo, options: ProgressOptions = {}): ProgressReporter {
  const delayMs = options.delayMs ?? 1000;
  const interval = io.stderrIsTTY ? TTY_INTERVAL_MS : (options.plainIntervalMs ?? 5000);
  const started = io.now().getTime();
  let lastShown = Number.NEGATIVE_INFINITY;
  let lastPhase: RunProgress["phase"] | null = null;
  let lineOpen = false;

  return {
    report(progress) {
      const now = io.now().getTime();
      if (now - started < delayMs) return;
      const phaseChanged = progress.phase !== lastPhase;
      if (!phaseChanged && now - lastShown < interval) return;
      lastShown = now;
      lastPhase = progress.phase;
      const text = terminalText(describeProgress(progress));
      if (io.stderrIsTTY) {
        // \x1b[K clears what a longer previous line left behind.
        io.stderr(`\r${text}\x1b[K`);
        lineOpen = true;
      } else {
        io.stderr(`${text}\n`);
      }
    },
    finish() {
      if (lineOpen) io.stderr("\r\x1b[K");
      lineOpen = false;
    },
  };
}

import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { nodeIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { terminalText } from "../../src/cli/terminal-text";
import { scratchFolder } from "./run-cli";

/** Text from the user's files reaches the terminal with its control characters made visible. */
describe("terminalText", () => {
  it("shows escape sequences, carriage returns, DEL, C1 and bidi controls as \\u escapes", () => {
    expect(terminalText("a\x1b[2Jb")).toBe("a\\u001b[2Jb");
    expect(terminalText("x\ry\x7f\x9b\u202ez")).toBe("x\\u000dy\\u007f\\u009b\\u202ez");
    expect(terminalText("line 1\n\tline 2 ünïcödé")).toBe("line 1\n\tline 2 ünïcödé");
  });

  it("escapes a header that would clear the screen, in the command line's error", async () => {
    const folder = scratchFolder();
    // No Customer Id column: the message lists the sheet's headers, one of them hostile.
    writeFileSync(join(folder, "in.csv"), "\x1b[2J\x1b[HCleared,Amount\nx,1\n");
    let stderr = "";
    const code = await main(
      ["in.csv", "--quiet"],
      nodeIo({ cwd: folder, stdout: () => undefined, stderr: (t) => (stderr += t) })
    );
    expect(code).toBe(1);
    expect(stderr).toContain("\\u001b[2J\\u001b[HCleared");
    expect(stderr).not.toContain("\x1b");
    rmSync(folder, { recursive: true, force: true });
  });
});

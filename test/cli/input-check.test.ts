import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvText } from "../../src/cli/input-check";
import { AgentInputError } from "../../src/core/model/errors";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import { FIXTURES, runCli, scratchFolder } from "./run-cli";

/** Each input the command line cannot read gets its own plain line, not a misleading one. */
const CSV = join(FIXTURES, "transactions.csv");
let folder: string;
beforeEach(() => {
  folder = scratchFolder();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const utf16le = (text: string) => Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);

async function refusal(name: string, bytes: Uint8Array | number[]): Promise<string> {
  writeFileSync(join(folder, name), Uint8Array.from(bytes));
  const run = await runCli([name, "--quiet"], folder);
  expect(run.code).toBe(1);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  return run.stderr.trim();
}

describe("inputs the command line cannot read", () => {
  it("says a password-protected workbook is encrypted, not a legacy .xls", async () => {
    // An encrypted .xlsx is an OLE2 compound file holding an "EncryptedPackage" stream.
    const bytes = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(64).fill(0)];
    const message = await refusal("secret.xlsx", [...bytes, ...utf16le("EncryptedPackage")]);
    expect(message).toBe(
      "analyze: 'secret.xlsx' is password-protected (encrypted), so it cannot be read; open it in Excel, remove the password (File > Info > Protect Workbook) and save it again."
    );
  });

  it("says an .ods file is OpenDocument, not a workbook without worksheets", async () => {
    const header = [0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0)];
    const ods = [...header, ...ascii("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")];
    expect(await refusal("budget.ods", ods)).toBe(
      "analyze: 'budget.ods' is an OpenDocument file (.ods, e.g. from LibreOffice), which cannot be read; save it as .xlsx or .csv."
    );
  });

  it("does not read random bytes named .xlsx as CSV", async () => {
    const message = await refusal("report.xlsx", [0x13, 0x37, 0xfe, 0x00, 0x41, 0x42, 0x0a, 0x99]);
    expect(message).toBe(
      "analyze: 'report.xlsx' is named like an Excel workbook but is not one (its content is not a workbook file); it may be damaged or only renamed. Open it in Excel and save it again, or export the data as .csv."
    );
  });

  it("says a binary file given as CSV holds binary data", async () => {
    expect(await refusal("dump.csv", [0x13, 0x37, 0x00, 0x00, 0x41, 0x00, 0x00, 0x99, 0x7f])).toBe(
      "analyze: 'dump.csv' holds binary data, not CSV text; give a .xlsx workbook or a .csv file."
    );
  });

  it("reads UTF-16 text without a byte-order mark instead of finding 0 usable rows", async () => {
    const text = readFileSync(CSV, "utf8").replace(/^\uFEFF/, "");
    writeFileSync(join(folder, "utf16.csv"), Buffer.from(text, "utf16le"));
    writeFileSync(join(folder, "utf8.csv"), text);
    const utf16 = await runCli(["utf16.csv", "--quiet", "--anchor-date", "2024-10-21"], folder);
    const utf8 = await runCli(["utf8.csv", "--quiet", "--anchor-date", "2024-10-21"], folder);
    expect(utf16.code).toBe(0);
    const rows = (out: string) => /usable: [\d,]+/.exec(out)?.[0];
    expect(rows(utf16.stdout)).toBeDefined();
    expect(rows(utf16.stdout)).toBe(rows(utf8.stdout));
  });

  it("refuses a CSV too large for one string with its size, not 'Invalid string length'", () => {
    const bytes = new Uint8Array(3 * 1024 * 1024).fill(0x41);
    expect(() => csvText("/data/big.csv", bytes, 2 * 1024 * 1024)).toThrow(AgentInputError);
    expect(() => csvText("/data/big.csv", bytes, 2 * 1024 * 1024)).toThrow(
      "'big.csv' is 3 MB, more than the 2 MB a CSV file can be; save the data as .xlsx (read in parts) or split the file by period."
    );
  });

  it("refuses a device as the input or the config by what it is, instead of reading it forever", async () => {
    const input = await runCli(["/dev/zero", "--quiet"], folder);
    expect(input.code).toBe(1);
    expect(input.stderr.trim()).toBe("analyze: Input file '/dev/zero': is a device, not a file.");
    const config = await runCli([CSV, "--config", "/dev/urandom", "--quiet"], folder);
    expect(config.code).toBe(1);
    expect(config.stderr.trim()).toBe(
      "analyze: Config file '/dev/urandom': is a device, not a file."
    );
  });

  it("reads a config saved as UTF-16 with a byte-order mark (Notepad's 'Unicode')", async () => {
    const json = JSON.stringify(unprofitableAccountAgent());
    writeFileSync(join(folder, "agent.json"), Buffer.from(`\uFEFF${json}`, "utf16le"));
    const run = await runCli(
      [CSV, "--config", "agent.json", "--quiet", "--anchor-date", "2024-10-21"],
      folder
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Agent: Unprofitable Account Agent");
  });
});

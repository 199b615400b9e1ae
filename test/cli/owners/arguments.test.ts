import { parseArguments } from "../../../src/cli/args";

const fails = (argv: string[]) => () => parseArguments(argv);

test("--split-by owner needs --out-dir; other splits and a lone --out-dir are refused", () => {
  expect(fails(["in.xlsx", "--split-by", "owner"])).toThrow(
    "--split-by owner needs --out-dir, the folder for the owners' workbooks."
  );
  expect(fails(["in.xlsx", "--split-by", "region", "--out-dir", "p"])).toThrow(
    "--split-by 'region' is not supported; the report splits by owner."
  );
  expect(fails(["in.xlsx", "--out-dir", "p"])).toThrow("--out-dir goes with --split-by owner.");
  const run = parseArguments(["in.xlsx", "--split-by", "Owner", "--out-dir", "packs"]);
  expect(run.kind === "run" && run.args.owners).toEqual({ splitInto: "packs" });
});

test("--collect takes the returned files and needs the report as --out", () => {
  expect(parseArguments(["--collect", "a.xlsx", "b.xlsx", "--out", "r.xlsx"])).toEqual({
    kind: "collect",
    args: { returned: ["a.xlsx", "b.xlsx"], out: "r.xlsx" },
  });
  expect(fails(["--collect", "a.xlsx"])).toThrow("--collect needs --out");
  expect(fails(["--collect", "--out", "r.xlsx"])).toThrow("--collect needs the returned workbooks");
});

test("--notify alone takes the agent's notification settings", () => {
  const run = parseArguments(["in.xlsx", "--notify"]);
  expect(run.kind === "run" && run.args.owners.notify).toBe("document");
});

test("--notify with flags needs a server and a sender; the port defaults to 587", () => {
  expect(fails(["in.xlsx", "--notify", "--smtp-user", "x"])).toThrow(
    "--notify needs --smtp HOST[:PORT]"
  );
  expect(fails(["in.xlsx", "--notify", "--smtp", "mail.example.com"])).toThrow(
    "--notify needs --mail-from ADDRESS"
  );
  const run = parseArguments([
    "in.xlsx",
    "--notify",
    "--smtp",
    "mail.example.com",
    "--mail-from",
    "fin@example.com",
  ]);
  expect(run.kind === "run" && run.args.owners.notify).toEqual({
    host: "mail.example.com",
    port: 587,
    from: "fin@example.com",
  });
});

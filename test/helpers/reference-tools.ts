/**
 * The official schemas and validators in `../shared/reference/` (see its README) and the programs
 * they need: xmllint (Debian's libxml2-utils) for the manifest XSDs, a Python 3 with lxml
 * (python3-lxml) for the ECMA-376 checks. A test that needs one is skipped where it is missing,
 * except under CI (UAA_REQUIRE_TOOLS=1, set by .ci/run after installing them), where it runs
 * and fails: a schema check must never disappear silently there.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..", "..");
export const REFERENCE = join(ROOT, "..", "shared", "reference");
export const MANIFEST_XSD = join(REFERENCE, "office-manifest-xsd", "OfficeAppManifestV1_1.xsd");
export const FUNCTIONS_SCHEMA = join(
  REFERENCE,
  "custom-functions",
  "custom-functions.derived.schema.json"
);

const REQUIRED = process.env.UAA_REQUIRE_TOOLS === "1";

function runs(program: string, args: readonly string[]): boolean {
  try {
    execFileSync(program, args, { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/** The first Python 3 that imports lxml: the one on PATH, else Debian's own (pyenv may shadow it). */
export const PYTHON_WITH_LXML: string | null =
  ["python3", "/usr/bin/python3"].find((python) => runs(python, ["-c", "import lxml"])) ?? null;

export const HAS_XMLLINT = runs("xmllint", ["--version"]);

const HAS_REFERENCE = existsSync(MANIFEST_XSD);

/** `test`, or `test.skip` when the tools are missing here and CI does not require them. */
export function testWithTools(available: boolean): jest.It {
  return (available && HAS_REFERENCE) || REQUIRED ? test : test.skip;
}

export const testWithXmllint = testWithTools(HAS_XMLLINT);
export const testWithLxml = testWithTools(PYTHON_WITH_LXML !== null);
export const testWithReference = testWithTools(true);

export interface ToolResult {
  readonly ok: boolean;
  readonly output: string;
}

function run(program: string, args: readonly string[]): ToolResult {
  const result = spawnSync(program, args, { encoding: "utf8", timeout: 120_000 });
  if (result.error) throw new Error(`${program} could not run: ${result.error.message}`);
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** `xmllint --schema` of one file against the add-in manifest schema. */
export function validateManifest(file: string): ToolResult {
  return run("xmllint", ["--noout", "--schema", MANIFEST_XSD, file]);
}

function python(): string {
  if (PYTHON_WITH_LXML === null)
    throw new Error("No Python 3 with lxml here: apt-get install -y python3-lxml");
  return PYTHON_WITH_LXML;
}

/**
 * Ajv 8's folder: the reference validator needs its unicode patterns (the project's own `ajv` is
 * 6, which cannot compile them); ajv-formats, a build tool dependency, brings 8 along.
 */
function ajv8Folder(): string {
  const from = dirname(require.resolve("ajv-formats/package.json"));
  return dirname(dirname(require.resolve("ajv/package.json", { paths: [from] })));
}

/** validate-cf.js: functions.json against the custom functions schema, plus the naming rules. */
export function validateFunctionsMetadata(file: string): ToolResult {
  const result = spawnSync(
    process.execPath,
    [join(REFERENCE, "validate-cf.js"), FUNCTIONS_SCHEMA, file],
    { encoding: "utf8", env: { ...process.env, NODE_PATH: ajv8Folder() } }
  );
  const output = `${result.stdout}${result.stderr}`;
  // The validator prints its verdict and always exits 0.
  const ok =
    result.status === 0 && /^VALID$/m.test(output) && output.includes("semantic checks: ok");
  return { ok, output };
}

/** Every XML part of a workbook against the ECMA-376 Transitional schemas. */
export function validateOoxml(file: string): ToolResult {
  const { ok, output } = run(python(), [join(REFERENCE, "validate_ooxml.py"), file]);
  // The script prints its verdict ("N/M parts valid") and exits 0 either way.
  const verdict = /: (\d+)\/(\d+) parts valid\s*$/.exec(output);
  return { ok: ok && verdict !== null && verdict[1] === verdict[2], output };
}

/** Package, relationship, content-type and table checks of a workbook. */
export function checkTables(file: string): ToolResult {
  const { ok, output } = run(python(), [join(REFERENCE, "check_tables.py"), file]);
  // The script lists its problems and exits 0 either way.
  return { ok: ok && output.includes("no table/package problems found"), output };
}

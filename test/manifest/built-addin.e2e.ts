/**
 * What the build ships, on the one production build the browser tests also use (test/e2e/build.ts,
 * made for a deployment at PUBLIC_URL): the manifest a deployment gets names only that address
 * and passes Microsoft's schema, functions.json passes the custom functions schema with error
 * inputs allowed, and the help page the manifest links to is there.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { distDirectory, PUBLIC_URL } from "../e2e/build";
import { engineCheck, isEs5, runEngineCheck } from "./engine-check";
import {
  testWithReference,
  testWithXmllint,
  validateFunctionsMetadata,
  validateManifest,
} from "../helpers/reference-tools";

const dist = distDirectory();
const builtManifest = () => readFileSync(join(dist, "manifest.xml"), "utf8");

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), "built-addin-"));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

test("every URL of the built manifest comes from the public URL; none is localhost", () => {
  const manifest = builtManifest();
  expect(manifest).not.toMatch(/localhost|127\.0\.0\.1/);
  const urls = [...manifest.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map(
    (m) => m[1]
  );
  expect(urls.length).toBeGreaterThan(8);
  const origin = new URL(PUBLIC_URL).origin;
  expect(urls.filter((url) => !url.startsWith(PUBLIC_URL) && url !== origin)).toEqual([]);
  // Every file the manifest names is in the build.
  for (const url of urls.filter((u) => u.startsWith(PUBLIC_URL)))
    expect({ url, shipped: existsSync(join(dist, url.slice(PUBLIC_URL.length))) }).toEqual({
      url,
      shipped: true,
    });
});

testWithXmllint("the built manifest validates against Microsoft's manifest schema", () => {
  const result = validateManifest(join(dist, "manifest.xml"));
  expect(result.output).toContain("validates");
  expect(result.ok).toBe(true);
});

testWithReference(
  "functions.json validates against the custom functions schema and lets error cells reach the functions",
  () => {
    const file = join(dist, "functions.json");
    const metadata = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    const result = validateFunctionsMetadata(file);
    expect(result.output).toContain("allowErrorForDataTypeAny: true");
    expect(result.ok).toBe(true);

    // A broken copy fails: an unknown property and a lower-case id.
    const broken = join(directory, "functions.json");
    const functions = metadata.functions as Record<string, unknown>[];
    writeFileSync(
      broken,
      JSON.stringify({ ...metadata, functions: [{ ...functions[0], id: "lower", bogus: 1 }] })
    );
    expect(validateFunctionsMetadata(broken).ok).toBe(false);
  }
);

test("the help page the manifest links to is in the build", () => {
  expect(builtManifest()).toContain(`DefaultValue="${PUBLIC_URL}help.html"`);
  // Minified by the production build: attribute quotes may be gone.
  const page = readFileSync(join(dist, "help.html"), "utf8");
  expect(page).toMatch(/<h2 id="?privacy"?>/);
  expect(page).toMatch(/<h2 id="?troubleshooting"?>/);
});

test("the built page still says so in an engine too old for the pane: its check stays ES5 through minification", () => {
  const check = engineCheck(readFileSync(join(dist, "taskpane.html"), "utf8"));
  expect(isEs5(check)).toBe(true);
  const old = runEngineCheck(check, {
    Function: () => {
      throw new SyntaxError("Expected identifier");
    },
  });
  expect(old.html).toContain("This version of Office cannot run the Unprofitable Account Agent");
  expect(runEngineCheck(check).window.UAA_ENGINE_TOO_OLD).toBeUndefined();
});

/**
 * The build the browser tests run against. E2E_DIST=<dir> uses an existing build (e.g. `dist`
 * after `npm run build:web`); otherwise the add-in is built in outside-Office mode (local
 * office.js, as `npm run start:web` serves it) into test-artifacts/e2e-dist, and reused there
 * when E2E_REUSE_BUILD=1. It is built for a deployment at PUBLIC_URL (ADDIN_PUBLIC_URL, else an
 * example address), so the same build also shows the manifest a deployment gets
 * (test/manifest/built-addin.e2e.ts).
 */
import { execFileSync } from "child_process";
import { existsSync } from "fs";
import { join, resolve } from "path";

export const ROOT = resolve(__dirname, "../..");
export const ARTIFACTS = join(ROOT, "test-artifacts", "e2e");
export const PUBLIC_URL = process.env.ADDIN_PUBLIC_URL ?? "https://addin.example.com/uaa/";

export function distDirectory(): string {
  return process.env.E2E_DIST
    ? resolve(ROOT, process.env.E2E_DIST)
    : join(ROOT, "test-artifacts", "e2e-dist");
}

export function ensureBuild(): string {
  const dist = distDirectory();
  const page = join(dist, "taskpane.html");
  if (process.env.E2E_DIST) {
    if (!existsSync(page))
      throw new Error(
        `E2E_DIST=${process.env.E2E_DIST} has no taskpane.html; build it first (npm run build:web).`
      );
    return dist;
  }
  if (process.env.E2E_REUSE_BUILD === "1" && existsSync(page)) return dist;
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "web",
      "--output-path",
      dist,
    ],
    {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, ADDIN_PUBLIC_URL: PUBLIC_URL },
    }
  );
  return dist;
}

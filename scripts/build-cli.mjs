/**
 * Builds the command line to one JavaScript file, dist/cli/analyze.js (the package's `uaa` bin),
 * so a run starts in plain Node instead of compiling TypeScript through tsx on every start.
 * npm packages stay outside the bundle and are loaded from node_modules as usual.
 *
 *   node scripts/build-cli.mjs              build (`npm run build:cli`, and `prepare` on npm ci)
 *   node scripts/build-cli.mjs --if-stale   build only when a source file is newer than the build
 *   node scripts/build-cli.mjs --out FILE   build to another file (tests; inside the repository,
 *                                           so the npm packages resolve from node_modules)
 *
 * scripts/analyze.mjs (`npm run analyze`) builds when stale, so an edited source never runs as
 * its old build.
 */
import { chmodSync, existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_FILE = path.join(root, "dist/cli/analyze.js");

/** Newest modification time under `folder` (source files only). */
function newestSource(folder) {
  let newest = 0;
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|tsx|json)$/.test(item.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isStale(outfile) {
  if (!existsSync(outfile)) return true;
  const inputs = ["package.json", "tsconfig.json"].map((name) => statSync(path.join(root, name)));
  const newest = Math.max(newestSource(path.join(root, "src")), ...inputs.map((s) => s.mtimeMs));
  return newest > statSync(outfile).mtimeMs;
}

export async function buildCli({ ifStale = false, outfile = CLI_FILE } = {}) {
  if (ifStale && !isStale(outfile)) return;
  // Loaded only to build: the staleness check alone must stay cheap.
  const { build } = await import("esbuild");
  await build({
    entryPoints: [path.join(root, "src/cli/analyze.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    sourcemap: "linked",
    banner: { js: "#!/usr/bin/env node" },
    logLevel: "warning",
  });
  chmodSync(outfile, 0o755);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const out = process.argv.indexOf("--out");
  await buildCli({
    ifStale: process.argv.includes("--if-stale"),
    outfile: out < 0 ? CLI_FILE : path.resolve(process.argv[out + 1]),
  });
}

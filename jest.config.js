/**
 * `npm test` runs everything: the unit project (core, CLI, xlsx, Office host with its fakes,
 * custom functions, task pane logic) and the browser project (test/e2e: the built task pane in
 * Debian's Chromium). `npm run test:unit` and `npm run test:e2e` run one of them.
 */
const unit = {
  displayName: "unit",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "test/tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // office-addin-mock pulls in ESM-only packages that jest on Node 20 cannot require (TOOLCHAIN.md).
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/test/excel/shims/strip-bom.js",
    "^uuid$": "<rootDir>/test/excel/shims/uuid.js",
  },
};

module.exports = {
  // A timeout only guards against a hang; speed is measured by the benches. Tests that read the
  // whole sample, or start DuckDB and PostgreSQL, take seconds on a busy 2-core machine, so jest's
  // 5 s default failed them under load without anything being wrong. (A global option: jest
  // ignores it inside a project.)
  testTimeout: 30000,
  projects: [unit, "<rootDir>/test/e2e/jest.config.js"],
};

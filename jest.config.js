/** Unit tests (core, CLI, Office host) run under ts-jest; browser tests live in test/e2e. */
module.exports = {
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

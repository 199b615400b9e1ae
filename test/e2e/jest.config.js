/**
 * Browser end-to-end tests: `npm run test:e2e`. Built add-in + Debian Chromium via playwright-core.
 * The checks of what the build ships (test/manifest/*.e2e.ts) run here too, on the same build.
 */
const path = require("path");

module.exports = {
  displayName: "e2e",
  rootDir: path.resolve(__dirname, "../.."),
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e", "<rootDir>/test/manifest"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "test/tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  setupFilesAfterEnv: ["<rootDir>/test/e2e/setup-timeout.ts"],
};

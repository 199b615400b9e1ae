/** Unit tests (core, CLI, Office host) run under ts-jest; browser tests live in test/e2e. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "test/tsconfig.json", isolatedModules: true }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

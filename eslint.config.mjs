// office-addin-lint's own configuration (eslint-plugin-office-addins, TypeScript parser), plus
// what each part of the tree runs in: the task pane in a browser, the CLI and scripts in Node,
// the core in neither. Unused names may be marked as intentional with a leading underscore.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import layers from "./scripts/lint/layers.mjs";

// The recommended set lists .ts but not .tsx files; the task pane's components are linted too.
const recommended = officeAddins.configs.recommended.map((config) =>
  config.files?.includes("**/*.{js,mjs,cjs,ts,cts,mts}")
    ? { ...config, files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"] }
    : config
);

export default [
  ...recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      // Files name the host globals they use in a /* global */ comment; that is not a redeclaration.
      "no-redeclare": ["error", { builtinGlobals: false }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: [
      "src/taskpane/**",
      "src/excel/**",
      "src/functions/**",
      "src/commands/**",
      "src/xlsx/**",
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["src/cli/**", "scripts/**", "bench/**", "test/**", "*.js", "*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.es2021 } },
  },
  {
    files: ["test/**"],
    languageOptions: { globals: { ...globals.jest, ...globals.browser } },
    // Tests read exceljs and parsed workbooks whose objects share Office's property names
    // (cell.value, row.text); the Office.js load/sync rules do not apply to them.
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
    },
  },
  {
    // TypeScript itself reports undefined names in .ts/.tsx files (and knows the JSX namespace).
    files: ["**/*.ts", "**/*.tsx"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { layers },
    rules: { "layers/stage-order": "error", "layers/host-doors": "error" },
  },
];

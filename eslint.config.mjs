// office-addin-lint's own configuration (eslint-plugin-office-addins, TypeScript parser), plus
// what each part of the tree runs in: the task pane in a browser, the CLI and scripts in Node,
// the core in neither. Unused names may be marked as intentional with a leading underscore.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  ...officeAddins.configs.recommended,
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
];

import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";
import { createNodeResolver, importX } from "eslint-plugin-import-x";

const nodeBuiltinPattern = {
  group: ["node:*", "fs", "fs/*", "path", "os", "child_process", "url", "crypto", "util", "module", "process", "electron"],
  message: "src/core stays pure: no Node or Electron API here.",
};

// Names that would run code, inject HTML or reach the network: never in the plugin or the core.
const forbiddenCalls = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]", message: "Build DOM with createEl/setText, never HTML strings." },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: "document.write is forbidden." },
  { selector: "CallExpression[callee.name='eval']", message: "eval is forbidden." },
  { selector: "NewExpression[callee.name='Function']", message: "new Function is forbidden." },
  { selector: "CallExpression[callee.name=/^(fetch|requestUrl|request)$/]", message: "No network: Mentoring notes never leaves the vault." },
  { selector: "NewExpression[callee.name=/^(XMLHttpRequest|WebSocket|EventSource)$/]", message: "No network: Mentoring notes never leaves the vault." },
  // The same reached through a global object (window.fetch, globalThis.eval, new window.WebSocket...).
  { selector: "CallExpression[callee.object.name=/^(window|activeWindow|globalThis|self)$/][callee.property.name=/^(eval|fetch|requestUrl)$/]", message: "No eval and no network, through a global object either." },
  { selector: "CallExpression[callee.object.name=/^(document|activeDocument)$/][callee.property.name=/^(write|writeln)$/]", message: "document.write is forbidden." },
  { selector: "NewExpression[callee.property.name=/^(Function|XMLHttpRequest|WebSocket|EventSource)$/]", message: "No generated code and no network, through a global object either." },
  { selector: "CallExpression[callee.property.name='sendBeacon']", message: "No network: Mentoring notes never leaves the vault." },
  { selector: "CallExpression[callee.object.name=/^(window|activeWindow|globalThis|self)$/][callee.property.name='open']", message: "No new windows: Mentoring notes never leaves the vault." },
  { selector: "ImportExpression", message: "No code loaded at run time: everything is bundled." },
  { selector: "MemberExpression[computed=true][property.value=/^(fetch|eval|open|sendBeacon|Function|XMLHttpRequest|WebSocket|EventSource|requestUrl)$/]", message: "No eval and no network, through a computed name either." },
  { selector: "ImportSpecifier[imported.name=/^(requestUrl|request)$/]", message: "No network: Mentoring notes never leaves the vault." },
];

// The layers of src/core, lowest first: a folder may import the folders before it, never one after it.
// syntax <- notes <- index <- dashboard, edits, new-notes. Beside them: i18n (the catalogues) imports no
// other folder and any may use it; method (the mentoring method's question banks, meeting texts and timer
// state) may import syntax, notes, i18n and the shapes of the blocks edits inserts, and only new-notes and
// the adapters import it. new-notes may use edits (a new session carries actions over); edits never uses new-notes.
// share (summaries and calendars to send out) reads what the dashboard and the notes hold.
const CORE = "./src/core";
const CORE_FOLDERS = ["i18n", "syntax", "notes", "index", "dashboard", "edits", "new-notes", "method", "share"];
const mayImport = {
  i18n: [],
  syntax: ["i18n"],
  notes: ["i18n", "syntax"],
  index: ["i18n", "syntax", "notes"],
  dashboard: ["i18n", "syntax", "notes", "index"],
  edits: ["i18n", "syntax", "notes", "index"],
  "new-notes": ["i18n", "syntax", "notes", "index", "edits", "method"],
  method: ["i18n", "syntax", "notes", "edits"],
  share: ["i18n", "syntax", "notes", "index", "dashboard"],
};
export const layerZones = [
  ...Object.entries(mayImport).map(([folder, allowed]) => ({
    target: `${CORE}/${folder}`,
    from: CORE_FOLDERS.filter((other) => other !== folder && !allowed.includes(other)).map((other) => `${CORE}/${other}`),
    message: `src/core/${folder} may import only ${allowed.length === 0 ? "itself" : allowed.join(", ")} (the layers in eslint.config.mjs).`,
  })),
  { target: CORE, from: ["./src/plugin", "./src/cli", "./src/main.ts"], message: "The core never imports an adapter." },
];

export default defineConfig([
  globalIgnores(["node_modules/", "main.js", "dist/", "coverage/", "reports/", ".stryker-tmp/", "example-vault/", "docs/", "tests/e2e/.out/", "tests/fixtures/"]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.mjs", "stryker.config.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...forbiddenCalls] },
  },
  {
    files: ["src/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js", ".mjs", ".json"] })],
      "import-x/extensions": [".ts", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [{ name: "obsidian", message: "src/core stays pure: no obsidian import; put it in src/plugin." }], patterns: [nodeBuiltinPattern] },
      ],
    },
  },
  {
    // Node side: the command line, tests, build and bench scripts run in Node, never in Obsidian.
    files: ["src/cli/**/*.ts", "tests/**/*.{ts,mjs}", "scripts/**/*.{ts,mjs}", "*.mjs", "vitest.config.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "obsidianmd/no-global-this": "off",
      "no-restricted-globals": "off",
      "@typescript-eslint/no-restricted-imports": "off",
      "import/no-extraneous-dependencies": "off",
      "obsidianmd/ui/sentence-case": "off",
      "obsidianmd/rule-custom-message": "off",
      "no-console": "off",
    },
  },
  {
    // The manifest as Obsidian's review checks it (description characters, no "Obsidian", types): the
    // TypeScript parser reads a .json file as one object expression, which is what the rule walks.
    files: ["manifest.json"],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false, project: null } },
    plugins: { obsidianmd },
    rules: { "obsidianmd/validate-manifest": "error" },
  },
]);

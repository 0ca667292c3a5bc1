import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

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
]);

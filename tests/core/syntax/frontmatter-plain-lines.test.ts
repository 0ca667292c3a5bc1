// The plain shapes of frontmatter (`key: value` lines, simple lists) are read without yaml: the index
// reads every mentoring note's frontmatter, and yaml is the slow part. These tests count yaml's parses
// and write out the data each block must give.
import { describe, it, expect, vi, beforeEach } from "vitest";
import { readFrontmatter, readFrontmatterType } from "../../../src/core/syntax/frontmatter";

const yamlParses = vi.hoisted(() => ({ count: 0 }));
vi.mock("yaml", async (importOriginal) => {
  const yaml = await importOriginal<typeof import("yaml")>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      yamlParses.count += 1;
      return yaml.parseDocument(...args);
    },
  };
});

beforeEach(() => {
  yamlParses.count = 0;
});

describe("plain frontmatter, read without yaml", () => {
  it.each<[string, string[], Record<string, unknown>]>([
    [
      "keys with text, numbers, dates and booleans",
      ["type: mentoring-session", "session: 3", "date: 2026-11-30", "status: closed", "topic: Feedback and pay", "private: true", "shared: false", "minutes: -5"],
      { type: "mentoring-session", session: 3, date: "2026-11-30", status: "closed", topic: "Feedback and pay", private: true, shared: false, minutes: -5 },
    ],
    ["blanks around a value", ["topic:    Feedback   ", "session:  4 "], { topic: "Feedback", session: 4 }],
    ["a key without a value", ["next:", "end: "], { next: null, end: null }],
    ["quoted text", ['mentor: "Ann B"', "mentee: 'Bo C'", 'empty: ""'], { mentor: "Ann B", mentee: "Bo C", empty: "" }],
    ["a list under a key", ["tags:", "  - mentoring", "  - work", "type: mentoring-agreement"], { tags: ["mentoring", "work"], type: "mentoring-agreement" }],
    ["a list at the key's own indent", ["aliases:", "- Ann", "- 7"], { aliases: ["Ann", 7] }],
    ["blank lines between keys", ["type: mentoring-session", "", "session: 2"], { type: "mentoring-session", session: 2 }],
  ])("%s", (_name, lines, data) => {
    const read = readFrontmatter(["---", ...lines, "---", "## Actions", ""].join("\n"));
    expect(read).toMatchObject({ kind: "ok", data });
    if (read.kind === "ok") expect(Object.keys(read.data)).toEqual(Object.keys(data));
    expect(yamlParses.count).toBe(0);
  });

  it.each([
    ["type: mentoring-session", "mentoring-session"],
    ["type:\tmentoring-session", "mentoring-session"],
    ["type:  mentoring-session  \t", "mentoring-session"],
    ["type: mentoring-session # the kind of note", "mentoring-session"],
    ["type: mentoring-session #", "mentoring-session"],
    ['type: "mentoring-agreement"', "mentoring-agreement"],
    ["type:", null],
    ["type: 42", null],
  ])("reads the type from %j", (line, type) => {
    expect(readFrontmatterType(["---", "session: 1", line, "---", ""].join("\n"))).toBe(type);
    expect(yamlParses.count).toBe(0);
  });
});

describe("frontmatter beyond the plain shapes, left to yaml", () => {
  it.each<[string, string[], Record<string, unknown>]>([
    ["a flow list", ["tags: [a, b]"], { tags: ["a", "b"] }],
    ["a word YAML reads as a boolean or null", ["shared: True", "end: null", "topic: FALSE"], { shared: true, end: null, topic: false }],
    ["a key given twice", ["a: 1", "a: 2"], {}],
    ["an escape in quotes", ['topic: "a\\tb"'], { topic: "a\tb" }],
    ["text with a colon", ["topic: time: 10:30"], {}],
    ["a list item that is empty", ["tags:", "  -"], { tags: [null] }],
    ["a list item that is empty but for a blank", ["tags:", "  - "], { tags: [null] }],
    ["a list at two indents", ["tags:", "  - a", "    - b"], {}],
    ["a list after a key with a value", ["type: x", "  - a"], {}],
    ["a value with a tab", ["topic: a\tb"], { topic: "a\tb" }],
    ["__proto__ as a key", ["__proto__: x"], {}],
  ])("%s", (_name, lines, data) => {
    const read = readFrontmatter(["---", ...lines, "---", ""].join("\n"));
    expect(yamlParses.count).toBe(1);
    if (read.kind === "ok") expect(read.data).toMatchObject(data);
  });

  it.each(["type: !tag mentoring-session", "type: 'it''s'", "type: mentoring#session"])("reads the type from %j through yaml", (line) => {
    readFrontmatterType(["---", line, "---", ""].join("\n"));
    expect(yamlParses.count).toBe(1);
  });
});

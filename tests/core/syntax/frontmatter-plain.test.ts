// Frontmatter of plain `key: value` lines is read without yaml; these tests hold that reading to what yaml
// itself gives for the same block. A spy on yaml's parseDocument tells which way a read went.
import { beforeEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { locateFrontmatter, parseBlock, readFrontmatter, readFrontmatterType, readFrontmatterValues, type FrontmatterRead } from "../../../src/core/syntax/frontmatter";
import { BOM } from "../../fixtures/frontmatter-notes";
import { runs } from "../../setup/property-runs";

vi.mock("yaml", async (importOriginal) => {
  const actual = await importOriginal<typeof import("yaml")>();
  return { ...actual, parseDocument: vi.fn((...args: Parameters<typeof actual.parseDocument>) => actual.parseDocument(...args)) };
});

const yamlCalls = (): number => vi.mocked(parseDocument).mock.calls.length;

/** The read yaml alone gives: parseBlock always parses with yaml. */
function readByYamlOnly(text: string): FrontmatterRead {
  const block = locateFrontmatter(text);
  if (block === null) return { kind: "none" };
  const parsed = parseBlock(text, block);
  if (parsed.ok) return { kind: "ok", data: parsed.data, block };
  const problem = { kind: "problem" as const, reason: parsed.reason, message: parsed.message };
  return parsed.line === undefined ? problem : { ...problem, line: parsed.line };
}

beforeEach(() => {
  vi.mocked(parseDocument).mockClear();
});

describe("plain key: value frontmatter", () => {
  it("is read without yaml, with yaml's values", () => {
    const text = ["---", "type: mentoring-session", 'agreement: "[[Jane/Agreement|Agreement]]"', "session: 3", "date: 2026-11-22", "done: false", "topic:", "---", ""].join("\r\n");
    const read = readFrontmatter(text);
    expect(yamlCalls()).toBe(0);
    expect(read).toStrictEqual(readByYamlOnly(text));
    expect(read).toMatchObject({
      kind: "ok",
      data: { type: "mentoring-session", agreement: "[[Jane/Agreement|Agreement]]", session: 3, date: "2026-11-22", done: false, topic: null },
    });
  });

  it.each([
    ["a comment", "topic: Plans # later"],
    ["a number yaml reads its own way", "session: 0x1F"],
    ["a float", "session: 1e3"],
    ["a null word", "topic: ~"],
    ["a capitalised boolean", "status: True"],
    ["an escape in double quotes", 'topic: "a\\tb"'],
    ["a doubled single quote", "topic: 'it''s'"],
    ["a flow list", "tags: [a, b]"],
    ["an anchor", "topic: &a text"],
    ["a tag", "session: !!str 3"],
    ["a duplicate key", "topic: a\ntopic: b"],
    ["a list item without its key", "topic: x\n  - a"],
    ["list items indented unlike each other", "tags:\n  - a\n   - b"],
    ["a list after a blank line", "tags:\n\n  - a"],
    ["a tab", "topic:\ttext"],
  ])("leaves %s to yaml", (_name, lines) => {
    const text = `---\n${lines}\n---\n`;
    const read = readFrontmatter(text);
    expect(yamlCalls()).toBe(1);
    expect(read).toStrictEqual(readByYamlOnly(text));
  });

  // Values: mostly the plain shapes notes use, and every shape YAML reads in a way of its own.
  const plainValue = fc.oneof(
    fc.constantFrom("", "Jane Doe", "Søren Ærø", "mentoring-session", "open", "2026-11-22", "0", "3", "-12", "true", "false", '"[[Jane/Agreement|Agreement]]"', "'[[Agreement]]'"),
    fc.stringMatching(/^[A-Za-zæøå][\w æøå.,'"()!?&/+-]{0,20}$/),
    fc.integer({ min: -1e6, max: 1e6 }).map(String),
    fc.stringMatching(/^[\w #:[\]|æø.-]{0,20}$/).map((inner) => `"${inner}"`),
    fc.stringMatching(/^[\w #:"[\]|æø.-]{0,20}$/).map((inner) => `'${inner}'`),
  );
  const trickyValue = fc.oneof(
    fc.constantFrom(
      ...["~", "null", "Null", "NULL", "True", "TRUE", "False", "yes", "No", "on", "OFF", "y", "n", "0x1F", "0o17", "1e3", "-1E-3", ".5", "1.", "1.5"],
      ...[".inf", "-.Inf", ".NaN", "+1", "-0", "007", "12345678901234567890", "2026-11-22T10:00:00", "2026-1-1", "10:30", "a: b", "a:", "a:b"],
      ...['"a\\"b"', '"a\\nb"', '"\\u00e6"', "'it''s'", '"unclosed', "'x' y", '"x" # c', "[a, b]", "[]", "{a: 1}", "{}", "&anchor x", "*alias"],
      ...["!tag x", "!!str 1", "x # comment", "a#b", "a #b", "|", ">-", "- a", "-x", "?x", ":x", "@x", "`x`", "%x", "[[link]]", "a\tb"],
      ...["\u00a0x", "x\u00a0", "a\u2028b", "a\u0085b", "\ufeffx", "a\ud800b", "x\u0007", "🚀 launch", "e\u0301", "Ⅻ", "\u3000x", "x  "],
    ),
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.string({ unit: "binary", maxLength: 12 }),
  );
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z_][\w-]{0,12}$/) },
    { weight: 1, arbitrary: fc.constantFrom("type", "mentee", "mentor", "session", "date", "topic", "status", "cadence_days", "meeting-minutes", "_x") },
  );
  const trickyKey = fc.constantFrom("true", "Null", "yes", "1", "~", "__proto__", "constructor", "a b", "'q'", '"q"', "<<", "? k", "x".repeat(70));
  const plainLine = fc.tuple(key, fc.constantFrom(" ", " ", "  "), plainValue, fc.constantFrom("", "", " ")).map(([k, gap, value, end]) => `${k}:${gap}${value}${end}`);
  const trickyLine = fc.oneof(
    fc.tuple(key, trickyValue).map(([k, value]) => `${k}: ${value}`),
    fc.tuple(trickyKey, plainValue).map(([k, value]) => `${k}: ${value}`),
    fc.constantFrom("# comment", "  indented: 1", "\tkey: 1", "- item", "key : v", "key:v", "tags:\n  - a\n  - b", "text: |\n  two\n  lines"),
    fc.constantFrom("topic: a\n  continued", "", " ", "   ", "%YAML 1.2", "<<: *a", "a: &a 1\nb: *a", "? complex", ": v", "..."),
  );
  const indent = fc.constantFrom("", " ", "  ", "  ", "   ");
  const listLine = fc.tuple(indent, fc.oneof(plainValue, trickyValue)).map(([spaces, value]) => `${spaces}- ${value}`);
  const listUnderKey = fc
    .tuple(key, indent, fc.array(plainValue, { minLength: 1, maxLength: 3 }))
    .map(([k, spaces, items]) => [`${k}:`, ...items.map((item) => `${spaces}- ${item}`)].join("\n"));
  const line = fc.oneof(
    { weight: 24, arbitrary: plainLine },
    { weight: 5, arbitrary: listUnderKey },
    { weight: 1, arbitrary: listLine },
    { weight: 1, arbitrary: trickyLine },
  );
  const eol = fc.oneof({ weight: 4, arbitrary: fc.constant("\n") }, { weight: 2, arbitrary: fc.constant("\r\n") }, { weight: 1, arbitrary: fc.constant("\r") });
  const note = fc
    .tuple(fc.constantFrom("", BOM), fc.array(fc.tuple(line, eol), { maxLength: 12 }), eol, fc.constantFrom("---", "---", "---", "...", "---", "---", "---", "---", "---", ""))
    .map(([bom, lines, end, fence]) => `${bom}---${end}${lines.map(([text, ending]) => text.replace(/\n/g, ending) + ending).join("")}${fence}${end}# Body${end}`);

  it("reads every generated block as yaml does, most of them without yaml (property)", () => {
    let withoutYaml = 0;
    let tried = 0;
    fc.assert(
      fc.property(note, (text) => {
        vi.mocked(parseDocument).mockClear();
        const read = readFrontmatter(text);
        const fast = yamlCalls() === 0 && read.kind === "ok";
        const expected = readByYamlOnly(text);
        // toEqual, as toStrictEqual compares a `constructor` key's values as the objects' classes.
        expect(read).toEqual(expected);
        if (read.kind === "ok" && expected.kind === "ok") expect(Object.getPrototypeOf(read.data)).toBe(Object.getPrototypeOf(expected.data));
        const values = readFrontmatterValues(text, locateFrontmatter(text));
        if (read.kind === "ok" && values.kind === "ok") for (const k of Object.keys(read.data)) expect(values.values.get(k)).toStrictEqual(read.data[k]);
        else expect(values.kind).toBe(read.kind);
        tried += 1;
        if (fast) withoutYaml += 1;
      }),
      runs(4000),
    );
    // The generator must exercise both ways: mostly the plain lines, and plenty that yaml has to read.
    expect(withoutYaml).toBeGreaterThanOrEqual(tried / 2);
    expect(tried - withoutYaml).toBeGreaterThanOrEqual(tried / 10);
  });
});

// The data each block gives, written out, and which way the read went.
describe("plain frontmatter, read without yaml, its data written out", () => {
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
    expect(yamlCalls()).toBe(0);
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
    expect(yamlCalls()).toBe(0);
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
    expect(yamlCalls()).toBe(1);
    if (read.kind === "ok") expect(read.data).toMatchObject(data);
  });

  it.each(["type: !tag mentoring-session", "type: 'it''s'", "type: mentoring#session"])("reads the type from %j through yaml", (line) => {
    readFrontmatterType(["---", line, "---", ""].join("\n"));
    expect(yamlCalls()).toBe(1);
  });
});

import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { readSimpleFrontmatter } from "../../../src/core/syntax/frontmatter-fast";
import { readFrontmatter } from "../../../src/core/syntax/frontmatter";

/** What the full parse gives (the reference), or undefined when yaml reports an error. */
function byYaml(source: string): unknown {
  const doc = parseDocument(source.replace(/\r(?!\n)/g, "\n"), { uniqueKeys: true, prettyErrors: false, logLevel: "error" });
  if (doc.errors.length > 0) return undefined;
  return doc.contents === null ? {} : doc.toJS({ maxAliasCount: 100 });
}

describe("readSimpleFrontmatter", () => {
  it("reads a session's frontmatter as yaml does (dates stay text, numbers are numbers, quoted links are text)", () => {
    const source = [
      "type: mentoring-session",
      "mentee: Søren Østergaard",
      "mentor: Anna Holm",
      "session: 3",
      "date: 2026-11-22",
      "phase: middle",
      "topic: Saying no, without guilt (again)",
      "status: open",
      'agreement: "[[Mentoring/Søren Østergaard/Agreement|Agreement]]"',
      "",
    ].join("\r\n");
    const data = readSimpleFrontmatter(source);
    expect(data).not.toBeNull();
    expect(data).toEqual(byYaml(source));
    expect(data?.["session"]).toBe(3);
    expect(data?.["date"]).toBe("2026-11-22");
  });

  it("reads block lists, empty values, comment lines and yaml's words", () => {
    const source = "# written by hand\ntags:\n  - mentoring\n  - 'work'\naliases:\n- Jane\nend:\nactive: True\nnote: Null\n";
    const data = readSimpleFrontmatter(source);
    expect(data).toEqual({ tags: ["mentoring", "work"], aliases: ["Jane"], end: null, active: true, note: null });
    expect(data).toEqual(byYaml(source));
  });

  it.each([
    ["a comment after a value", "mentee: Jane # the new one\n"],
    ["an unquoted link (a nested flow list)", "mentee: [[Jane Doe]]\n"],
    ["a flow list", "tags: [a, b]\n"],
    ["a value over two lines", "topic: first part\n  and more\n"],
    ["a nested map", "meta:\n  a: 1\n"],
    ["an anchor", "a: &x 1\n"],
    ["a tag", "a: !!str 1\n"],
    ["a block scalar", "a: |\n  text\n"],
    ["a float", "a: 1.5\n"],
    ["a hexadecimal number", "a: 0x1F\n"],
    ["a number with a leading zero", "a: 012\n"],
    ["an escape in double quotes", 'a: "x\\ty"\n'],
    ["a doubled quote", "a: 'it''s'\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a key with a space", "meeting length: 90\n"],
    ["a tab after the colon", "a:\tx\n"],
    ["an indented key", " a: 1\n"],
    ["a key that yaml reads as a word", "null: 1\n"],
    ["a list item without a key", "- a\n"],
    ["list items at two indents", "a:\n  - x\n - y\n"],
  ])("leaves %s to yaml", (_, source) => {
    expect(readSimpleFrontmatter(source)).toBeNull();
  });

  it("reads keys it has met before as yaml does, past the number of keys it remembers", () => {
    const keys = Array.from({ length: 150 }, (_, at) => `key${at % 75}-${at % 2 === 0 ? "a" : "b"}`);
    for (let round = 0; round < 3; round += 1) {
      for (let at = 0; at + 4 <= keys.length; at += 3) {
        const source = keys.slice(at, at + 4).map((key, k) => `${key}: ${k}\n`).join("") + `${keys[at] ?? ""}x: y\n`;
        expect(readSimpleFrontmatter(source)).toEqual(byYaml(source));
      }
    }
    // A key met before, then cut off by the end of the range, or written twice, or as the start of a longer key.
    expect(readSimpleFrontmatter("mentee: x\n")).toEqual({ mentee: "x" });
    expect(readSimpleFrontmatter("mentee: x\n", 0, 4)).toBeNull();
    expect(readSimpleFrontmatter("mentee: x\nmentee: y\n")).toBeNull();
    expect(readSimpleFrontmatter("menteex: x\nmentee_2: y\n")).toEqual({ menteex: "x", mentee_2: "y" });
  });

  it.each([
    ["CRLF endings", "a: 1\r\nb: x\r\n"],
    ["lone CR endings", "a: 1\rb: x\r"],
    ["CRLF after LF lines", "a: 1\nb: x\r\nc: y\n"],
    ["a lone CR inside a line", "a: 1\rb: x\n"],
    ["a lone CR inside a comment line", "# note\rb: x\na: 1\n"],
    ["a lone CR after a list item", "a:\n  - x\r  - y\n"],
  ])("gives what yaml reads, or leaves it to yaml, with %s", (_, source) => {
    const fast = readSimpleFrontmatter(source);
    if (fast !== null) expect(fast).toEqual(byYaml(source));
    const read = readFrontmatter(`---\n${source}---\n`);
    expect(read.kind === "ok" ? read.data : undefined).toEqual(byYaml(source));
  });

  it("makes readFrontmatter give the same data as before for an agreement", () => {
    const text = "---\ntype: mentoring-agreement\nmentee: Jane Doe\nrole: mentor\nstart: 2026-08-31\nmeetings_planned: 6\ntags:\n  - mentoring\n---\n# Agreement\n";
    const read = readFrontmatter(text);
    expect(read.kind).toBe("ok");
    if (read.kind === "ok") expect(read.data).toEqual(byYaml(text.slice(4, text.indexOf("---", 4))));
  });

  // Lines built from pieces that are sometimes simple and sometimes not: whatever the fast reader accepts
  // must be exactly what yaml reads.
  const keyPiece = fc.constantFrom("type", "mentee", "session", "date", "tags", "a-b", "x_1", "True", "null", "k k", " a", "__proto__");
  const valuePiece = fc.constantFrom(
    "", " ", "mentoring-session", "Jane Doe", "Søren Ø", "3", "0", "012", "1.5", "1e3", "0o7", "0x1F", "-1", "+1", "2026-11-22",
    "true", "False", "NULL", "~", '"[[A|B]]"', "'x'", '"a\\"b"', "'it''s'", "x # c", "x #c", "a: b", "[a]", "{a: 1}", "&a x", "*a",
    "!t x", "|", ">", "(x)", "/p", "_u", "x\ty", "é", "🎉 x", "x, y", "Jane's", "a\\b", "9999999999999999", "x  ", '""', "''", ".5", "-",
    // The values a reader expects (found in place) and near misses of them; the largest whole number read digit by digit.
    "mentor", "closed", "mentoring-agreement", "middle", "mentors", "opem", "Open", "mentoring-session2", "123456789012345",
  );
  const line = fc.oneof(
    fc.tuple(keyPiece, fc.constantFrom(":", ": ", ":  ", ":\t"), valuePiece).map(([k, sep, v]) => `${k}${sep}${v}`),
    fc.tuple(fc.constantFrom("- ", "  - ", "    - ", " -", "-\t"), valuePiece).map(([i, v]) => `${i}${v}`),
    fc.constantFrom("", "# comment", "  # indented", "  more text", "---", "  "),
  );
  const source = fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom("\n", "\r\n", "\r")).map(([lines, eol]) => lines.join(eol) + eol);

  it("accepts only what yaml reads, and reads it the same (property)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(source, (text) => {
        const fast = readSimpleFrontmatter(text);
        if (fast === null) return;
        accepted += 1;
        expect(fast).toEqual(byYaml(text));
      }),
      { numRuns: 1000 },
    );
    // The comparison above must have run often enough to mean something.
    expect(accepted).toBeGreaterThan(100);
  });

  it("takes the fast path for most generated simple frontmatter (property)", () => {
    const simple = fc
      .uniqueArray(fc.tuple(fc.constantFrom("mentee", "mentor", "date", "session", "status", "topic"), fc.constantFrom("Jane Doe", "2026-11-22", "4", "open", '"[[A]]"')), { selector: ([k]) => k, maxLength: 6 })
      .map((pairs) => pairs.map(([k, v]) => `${k}: ${v}\n`).join(""));
    fc.assert(
      fc.property(simple, (text) => {
        const fast = readSimpleFrontmatter(text);
        expect(fast).not.toBeNull();
        expect(fast).toEqual(byYaml(text));
      }),
      { numRuns: 1000 },
    );
  });
});

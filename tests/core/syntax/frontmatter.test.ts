import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { stringify } from "yaml";
import { messageText, translatorFor } from "../../../src/core/i18n";
import { isInsideFrontmatter, locateFrontmatter, readFrontmatter, readFrontmatterType, readFrontmatterValues } from "../../../src/core/syntax/frontmatter";
import { dominantEol, splitLines } from "../../../src/core/syntax/text";
import { BOM, crlf, SESSION_NOTE } from "../../fixtures/frontmatter-notes";
import { runs } from "../../setup/property-runs";

describe("locateFrontmatter", () => {
  it("finds the block and its offsets in an LF note", () => {
    const text = "---\na: 1\n---\nbody\n";
    expect(locateFrontmatter(text)).toEqual({ start: 0, bodyStart: 4, bodyEnd: 9, end: 13, eol: "\n", closed: true });
  });

  it("handles a BOM, CRLF, trailing blanks on the fences and a `...` closing line", () => {
    const text = `${BOM}--- \r\na: 1\r\n...\t\r\nbody`;
    const block = locateFrontmatter(text);
    expect(block).toMatchObject({ start: 1, eol: "\r\n", closed: true });
    expect(text.slice(block?.bodyStart, block?.bodyEnd)).toBe("a: 1\r\n");
    expect(text.slice(block?.end)).toBe("body");
  });

  it("marks a block without a closing fence as unclosed", () => {
    expect(locateFrontmatter("---\na: 1\nbody\n")).toMatchObject({ closed: false, bodyEnd: 14, end: 14 });
  });

  it("finds nothing when the first line is not a fence", () => {
    expect(locateFrontmatter("# Title\n---\na: 1\n---\n")).toBeNull();
    expect(locateFrontmatter("----\na: 1\n----\n")).toBeNull();
    expect(locateFrontmatter(" ---\na: 1\n---\n")).toBeNull();
    expect(locateFrontmatter("")).toBeNull();
  });
});

describe("locateFrontmatter, lines found by indexOf when the block has no CR", () => {
  /** The rule written plainly over `splitLines`, whatever the line endings. */
  function plainLocate(text: string): ReturnType<typeof locateFrontmatter> {
    const start = text.startsWith(BOM) ? 1 : 0;
    const lines = splitLines(text.slice(start));
    const first = lines[0];
    if (!first || !/^---[ \t]*$/.test(first.text)) return null;
    const bodyStart = start + first.text.length + first.eol.length;
    const eol = first.eol || dominantEol(text);
    let offset = bodyStart;
    for (const line of lines.slice(1)) {
      const next = offset + line.text.length + line.eol.length;
      if (/^(---|\.\.\.)[ \t]*$/.test(line.text)) return { start, bodyStart, bodyEnd: offset, end: next, eol, closed: true };
      offset = next;
    }
    return { start, bodyStart, bodyEnd: text.length, end: text.length, eol, closed: false };
  }
  const piece = fc.constantFrom("---", "--- ", "---\t", "----", "...", "..", "a: 1", "type: mentoring-session", "", " ", "# x", "\r", "x\ry");
  const eol = fc.constantFrom("\n", "\n", "\n", "\r\n", "\r", "");
  const text = fc
    .tuple(fc.constantFrom("", BOM), fc.array(fc.tuple(piece, eol), { maxLength: 8 }), fc.constantFrom("", "body\n"))
    .map(([bom, lines, rest]) => bom + lines.map(([line, end]) => line + end).join("") + rest);

  it("finds what the plain rule finds, for any mix of line endings (property)", () => {
    fc.assert(
      fc.property(text, (t) => {
        const block = locateFrontmatter(t);
        const expected = plainLocate(t);
        expect(block).toEqual(expected);
        if (block && expected) expect(Object.keys(block)).toEqual(Object.keys(expected));
      }),
      runs(3000),
    );
  });
});

describe("isInsideFrontmatter: where inserted text would break the properties", () => {
  // Each offset marked by `|`: true up to the end of the closing fence's line, false from there on.
  const cases: Array<[string, boolean]> = [
    ["|---\ntype: x\n---\nBody", true],
    ["---\nty|pe: x\n---\nBody", true],
    ["---\ntype: x\n|---\nBody", true],
    ["---\ntype: x\n--|-\nBody", true],
    ["---\ntype: x\n---|\nBody", false],
    ["---\ntype: x\n---\n|Body", false],
    ["---\r\ntype: x\r\n...|\r\nBody", false],
    ["---\r\ntype: x\r\n|...\r\nBody", true],
    [`${BOM}|---\ntype: x\n---\n`, true],
    ["---\ntype: x\n---|", false],
    // Unclosed: Obsidian shows it as text, so it is no frontmatter to protect.
    ["---\nty|pe: x\nBody", false],
    ["No |frontmatter\n---\nx\n---\n", false],
  ];
  for (const [marked, inside] of cases) {
    it(`${JSON.stringify(marked)}: ${inside}`, () => {
      const offset = marked.indexOf("|");
      expect(isInsideFrontmatter(marked.slice(0, offset) + marked.slice(offset + 1), offset)).toBe(inside);
    });
  }
});

describe("readFrontmatter", () => {
  it("reads a realistic note, unknown keys and all", () => {
    const read = readFrontmatter(SESSION_NOTE);
    expect(read.kind).toBe("ok");
    if (read.kind !== "ok") return;
    expect(read.data).toEqual({
      type: "mentoring-session",
      mentee: "[[Søren Ærø]]",
      mentor: "Jane Doe",
      session: 3,
      date: "2026-11-22",
      phase: "middle",
      topic: "Feedback på projektplanen 🚀",
      status: "open",
      tags: ["mentoring", "læring"],
      aliases: ["Møde 3", "Session three"],
      cssclasses: ["wide"],
      notes: "Husk at spørge om\nferien.\n",
      agreement: "[[Agreement]]",
    });
  });

  it("reads the same data from the CRLF and BOM versions of a note", () => {
    const lf = readFrontmatter(SESSION_NOTE);
    const windows = readFrontmatter(BOM + crlf(SESSION_NOTE));
    expect(windows.kind === "ok" && lf.kind === "ok" && windows.data).toEqual(lf.kind === "ok" && lf.data);
  });

  it("gives none for a note without frontmatter, and {} for an empty one", () => {
    expect(readFrontmatter("# Just a note\n")).toEqual({ kind: "none" });
    expect(readFrontmatter("---\n---\nbody")).toMatchObject({ kind: "ok", data: {} });
    expect(readFrontmatter("---\n# only a comment\n\n---\n")).toMatchObject({ kind: "ok", data: {} });
    expect(readFrontmatterValues("# Just a note\n", locateFrontmatter("# Just a note\n"))).toEqual({ kind: "none" });
  });

  it.each([
    ["a missing closing fence", "---\ntype: mentoring-session\n\n# Session\n", /no closing ---/, 1],
    ["a tab as indentation", "---\ntype: mentoring-session\ntags:\n\t- a\n---\n", /not valid YAML: Tabs are not allowed/, 4],
    ["a duplicate key", "---\nstatus: open\ntopic: x\nstatus: closed\n---\n", /the key `status` appears twice/, 4],
    // YAML's long form (`? key` then `: value`): the line has no `key:` to name, so the line number says where.
    ["a duplicate key in the long form", "---\n? status\n: open\n? status\n: closed\n---\n", /^a key appears twice in the frontmatter \(line 4\)$/, 4],
    ["an unclosed quote", "---\ntopic: \"Feedback\nstatus: open\n---\n", /not valid YAML: Missing closing "quote/, undefined],
    ["a list instead of keys", "---\n- mentee\n- mentor\n---\n", /frontmatter is a list/, 2],
    ["a single value instead of keys", "---\nmentoring-session\n---\n", /frontmatter is a single value/, 2],
    ["a list below a comment", "---\n# who\n- mentee\n- mentor\n---\n", /frontmatter is a list/, 3],
    ["a single value below a blank line", "---\n\nmentoring-session\n---\n", /frontmatter is a single value/, 3],
    ["a key with blanks before its colon, twice", "---\nstatus : open\nstatus : closed\n---\n", /^the key `status` appears twice in the frontmatter \(line 3\)$/, 3],
  ])("reports %s with a readable reason", (_name, text, reason, line) => {
    const read = readFrontmatter(text);
    expect(read.kind).toBe("problem");
    if (read.kind !== "problem") return;
    expect(read.reason).toMatch(reason);
    expect(read.reason).not.toContain("\n");
    if (line !== undefined) expect(read.line).toBe(line);
  });

  it.each([
    ["a missing closing fence", "---\ntype: mentoring-session\n", "frontmatter begynder i linje 1, men lukkes aldrig med ---"],
    ["a duplicate key", "---\nstatus: open\nstatus: closed\n---\n", "nøglen `status` er gentaget i frontmatter (linje 3)"],
    ["a duplicate key in the long form", "---\n? status\n: open\n? status\n: closed\n---\n", "en nøgle er gentaget i frontmatter (linje 4)"],
    ["a list instead of keys", "---\n- mentee\n---\n", "frontmatter er en liste og ikke linjer med nøgle: værdi"],
    ["a single value instead of keys", "---\nmentoring-session\n---\n", "frontmatter er én enkelt værdi og ikke linjer med nøgle: værdi"],
    ["a tab as indentation", "---\ntags:\n\t- a\n---\n", "frontmatter er ikke gyldig YAML: Tabs are not allowed as indentation (linje 3)"],
  ])("words %s as a catalogue message, in Danish too (the YAML parser's own detail as it gives it)", (_name, text, danish) => {
    const read = readFrontmatter(text);
    if (read.kind !== "problem") throw new Error(`expected a problem, got ${read.kind}`);
    expect(messageText(read.message, translatorFor("da"))).toBe(danish);
    expect(messageText(read.message, translatorFor("en"))).toBe(read.reason);
  });

  it("counts problem lines in the note, BOM and CRLF included", () => {
    const read = readFrontmatter(BOM + crlf("---\nmentee: Jane\nmentee: John\n---\n"));
    expect(read).toMatchObject({ kind: "problem", line: 3 });
  });

  it("never throws, whatever the text", () => {
    const yamlish = fc.array(fc.constantFrom("---", "...", "a: 1", "- x", "\t", "&a [*a]", "\"", "'", "{", ":", "? x", "|", "# c", "*b"), {
      maxLength: 8,
    });
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string().map((s) => `---\n${s}\n---\n`),
      fc.tuple(yamlish, fc.constantFrom("\n", "\r\n", "\r")).map(([lines, eol]) => ["---", ...lines, "---"].join(eol)),
    );
    fc.assert(
      fc.property(text, (t) => {
        const read = readFrontmatter(t);
        expect(["none", "ok", "problem"]).toContain(read.kind);
      }),
      runs(1000),
    );
  });
});

describe("readFrontmatterType", () => {
  it("finds the type with plain, quoted and commented values", () => {
    expect(readFrontmatterType(SESSION_NOTE)).toBe("mentoring-session");
    expect(readFrontmatterType("---\ntype: \"mentoring-agreement\"\n---\n")).toBe("mentoring-agreement");
    expect(readFrontmatterType(BOM + "---\r\ntype: 'mentoring-agreement' # x\r\n---\r\n")).toBe("mentoring-agreement");
  });

  it("ignores types that are not top-level frontmatter keys", () => {
    expect(readFrontmatterType("# Note\n\ntype: mentoring-session\n")).toBeNull();
    expect(readFrontmatterType("---\nmeta:\n  type: mentoring-session\n---\n")).toBeNull();
    expect(readFrontmatterType("---\ntitle: x\n---\ntype: mentoring-session\n")).toBeNull();
    expect(readFrontmatterType("---\ntype:\n---\n")).toBeNull();
    expect(readFrontmatterType("---\ntype: 42\n---\n")).toBeNull();
  });

  it("finds the first top-level type line wherever it stands, with any line ending and blanks around the value", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const note = (lines: string[]): string => ["---", ...lines, "---", "type: body"].join(eol) + eol;
      expect(readFrontmatterType(note(["mentee: Jane", "type:\t mentoring-session \t", "type: other"]))).toBe("mentoring-session");
      expect(readFrontmatterType(note(["xtype: a", " type: b", "types: c"]))).toBeNull();
      expect(readFrontmatterType(note(["a: 1", "type: \t "]))).toBeNull();
      expect(readFrontmatterType(note(["type: mentoring-session#x"]))).toBe("mentoring-session#x");
      expect(readFrontmatterType(note(["type: mentoring-session  # x"]))).toBe("mentoring-session");
      expect(readFrontmatterType(note(["type: mentoring-sessions"]))).toBe("mentoring-sessions");
      expect(readFrontmatterType(note(["type: mentoring-agreemen"]))).toBe("mentoring-agreemen");
    }
  });

  it("still names the type of a note whose frontmatter is broken, so it can be reported", () => {
    expect(readFrontmatterType("---\ntype: mentoring-session\nstatus: open\n")).toBe("mentoring-session");
    expect(readFrontmatterType("---\ntype: mentoring-session\ntopic: \"x\n---\n")).toBe("mentoring-session");
  });

  it("gives no type, and never throws, when a type only yaml could read sits in frontmatter yaml cannot read", () => {
    expect(readFrontmatterType("---\ntype: !!str mentoring-session\ntopic: [x\n---\n")).toBeNull();
  });

  it("agrees with the full parse on generated frontmatter", () => {
    const typeValue = fc.oneof(
      fc.constantFrom("mentoring-session", "mentoring-agreement", "Mentoring Session", "null", "true", "1.5", "~", "\u2028", "\u00a0x\u00a0"),
      fc.string({ unit: "grapheme", maxLength: 20 }),
    );
    const typeLine = fc.tuple(typeValue, fc.boolean()).map(([value, comment]) => {
      const line = stringify({ type: value }).replace(/\n$/, "");
      return comment && !line.includes("\n") ? `${line} # type` : line;
    });
    const other = fc.constantFrom("mentee: Jane", "tags:\n  - a", "# comment", "", "notes: |\n  type: inside", "date: 2026-11-22");
    const others = fc.uniqueArray(other, { maxLength: 6 }).chain((lines) => fc.nat({ max: lines.length }).map((at) => [lines.slice(0, at), lines.slice(at)]));
    const note = fc.tuple(others, fc.option(typeLine, { nil: undefined }), fc.constantFrom("\n", "\r\n")).map(([[before = [], after = []], type, eol]) => [before, type, after, eol] as const);
    fc.assert(
      fc.property(note, ([before, type, after, eol]) => {
        const lines = [...before, ...(type === undefined ? [] : [type]), ...after];
        const text = ["---", ...lines, "---", "body"].join("\n").replace(/\n/g, eol);
        const read = readFrontmatter(text);
        expect(read.kind).toBe("ok");
        const expected = read.kind === "ok" && typeof read.data["type"] === "string" ? read.data["type"] : null;
        expect(readFrontmatterType(text)).toBe(expected);
      }),
      runs(1000),
    );
  });
});

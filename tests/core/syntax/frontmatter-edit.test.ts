import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { stringify } from "yaml";
import { messageText, translatorFor } from "../../../src/core/i18n";
import { locateFrontmatter, readFrontmatter, type FrontmatterValue } from "../../../src/core/syntax/frontmatter";
import { renderFrontmatter, setFrontmatterKeys } from "../../../src/core/syntax/frontmatter-edit";
import { BOM, crlf, SESSION_NOTE } from "../../fixtures/frontmatter-notes";
import { runs } from "../../setup/property-runs";

function edited(text: string, updates: Record<string, FrontmatterValue | undefined>): string {
  const result = setFrontmatterKeys(text, updates);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.text;
}

describe("setFrontmatterKeys", () => {
  it("replaces one value and nothing else, keeping the comment after it", () => {
    const text = "---\nstatus: open # still going\ntopic: Plan\n---\nBody\n";
    expect(edited(text, { status: "closed" })).toBe("---\nstatus: closed # still going\ntopic: Plan\n---\nBody\n");
  });

  it("edits the realistic note touching only the targeted lines", () => {
    const result = edited(SESSION_NOTE, { status: "closed", next: "2026-12-06", tags: undefined });
    const expected = SESSION_NOTE.replace("status: open\n", "status: closed\n")
      .replace("tags: [mentoring, læring]\n", "")
      .replace("agreement: \"[[Agreement]]\"\n", "agreement: \"[[Agreement]]\"\nnext: 2026-12-06\n");
    expect(result).toBe(expected);
  });

  it("keeps CRLF throughout and the BOM in front", () => {
    const text = BOM + crlf(SESSION_NOTE);
    const result = edited(text, { status: "closed", next: "2026-12-06", aliases: ["Møde 3"], goals: [] });
    expect(result.startsWith(BOM + "---\r\n")).toBe(true);
    expect(/[^\r]\n/.test(result)).toBe(false);
    expect(result).toContain("aliases:\r\n  - Møde 3\r\ncssclasses:");
    expect(result).toContain("next: 2026-12-06\r\ngoals: []\r\n---\r\n# Session 3");
  });

  it("keeps a line ending mix as it is, using the block's own ending for new lines", () => {
    const text = "---\r\na: 1\nb: 2\r\n---\nbody\r\n";
    expect(edited(text, { b: 3, c: "x" })).toBe("---\r\na: 1\nb: 3\r\nc: x\r\n---\nbody\r\n");
  });

  it("keeps the quote style of a replaced string, and quotes only where YAML needs it", () => {
    const text = "---\nmentor: 'Jane Doe'\nmentee: \"Søren\"\ntopic: Plan\n---\n";
    expect(edited(text, { mentor: "John", mentee: "Åse", topic: "[[Plan B]]" })).toBe(
      "---\nmentor: 'John'\nmentee: \"Åse\"\ntopic: \"[[Plan B]]\"\n---\n",
    );
  });

  it("keeps a value with a line break on its key's line, the break escaped", () => {
    expect(edited("---\ntopic: Plan\n---\n", { topic: "Hiring\nand firing" })).toBe('---\ntopic: "Hiring\\nand firing"\n---\n');
  });

  it("writes a number or a yes/no in place of a quoted text without the quotes, so it reads as what it is", () => {
    const text = "---\nsession: \"3\"\nreviewed: 'no'\n---\n";
    expect(edited(text, { session: 4, reviewed: true })).toBe("---\nsession: 4\nreviewed: true\n---\n");
  });

  it("writes dates plain, numbers as numbers, lists as block lists and null as an empty key", () => {
    const result = edited("---\ntype: mentoring-agreement\n---\n", {
      start: "2026-11-22",
      meetings_planned: 6,
      goals: ["Lead a meeting", "Say no: nicely"],
      end: null,
      shared: false,
    });
    expect(result).toBe(
      "---\ntype: mentoring-agreement\nstart: 2026-11-22\nmeetings_planned: 6\ngoals:\n  - Lead a meeting\n  - \"Say no: nicely\"\nend:\nshared: false\n---\n",
    );
    expect(readFrontmatter(result)).toMatchObject({ kind: "ok", data: { start: "2026-11-22", meetings_planned: 6, end: null } });
  });

  it("replaces lists, block scalars and empty values whole, keeping a list's own indentation", () => {
    const text = "---\ntags:\n- a\n- b\naliases: [x, y]\nnotes: |\n  one\n  two\nempty:\nlast: 1\n---\n";
    expect(edited(text, { tags: ["c"], aliases: ["z"], notes: "short", empty: "now" })).toBe(
      "---\ntags:\n- c\naliases:\n  - z\nnotes: short\nempty: now\nlast: 1\n---\n",
    );
  });

  it("keeps the comments after a value it replaces whole: a list, a map, a tagged value, an empty value", () => {
    expect(edited("---\nstatus: [open] # why\nnext: 1\n---\n", { status: "closed" })).toBe("---\nstatus: closed # why\nnext: 1\n---\n");
    expect(edited("---\nend: !!str 2026-06-30 # agreed\n---\n", { end: "2026-12-01" })).toBe("---\nend: 2026-12-01 # agreed\n---\n");
    expect(edited("---\nstatus: {a: 1}   # c\n---\n", { status: "closed" })).toBe("---\nstatus: closed   # c\n---\n");
    expect(edited("---\ntags: [a, b] # mine\n---\n", { tags: ["c"] })).toBe("---\ntags:\n  - c # mine\n---\n");
    expect(edited("---\ntopic: # later\n---\n", { topic: ["x"] })).toBe("---\ntopic:\n  - x # later\n---\n");
    expect(edited("---\ns: !!str\n  x # d\n---\n", { s: "y" })).toBe("---\ns: y # d\n---\n");
    expect(edited("---\ns:\n- x\n  # about x\nn: 1\n---\n", { s: "y" })).toBe("---\ns: y\n  # about x\nn: 1\n---\n");
  });

  it.each([
    ["after a block scalar's |", "---\nstatus: | # why\n  open\n---\n"],
    ["between the key and its list", "---\nstatus: # why\n  - open\n---\n"],
    ["on a list item before the last", "---\nstatus:\n  - open # why\n  - later\n---\n"],
    ["inside a flow list", "---\nstatus: [open, # why\n  closed]\n---\n"],
  ])("refuses to replace a value with a comment %s, which the new value would lose", (_where, text) => {
    const result = setFrontmatterKeys(text, { status: "closed" });
    expect(result).toMatchObject({ ok: false, reason: "The key `status` holds a comment inside its value that the new value would lose; edit it by hand." });
  });

  it("deletes a key with its whole value, and deleting a missing key changes nothing", () => {
    const text = "---\na: 1\ntags:\n  - x\n  - y\nb: 2\n---\n";
    expect(edited(text, { tags: undefined })).toBe("---\na: 1\nb: 2\n---\n");
    expect(setFrontmatterKeys(text, { missing: undefined })).toEqual({ ok: true, text, changed: false });
  });

  it("takes indented comments along when deleting, so they cannot fall into a | block above", () => {
    const text = "---\nnotes: |\n  linje 1\nsession: 2   # kommentar\n  # about the session\ntags: [a]\n---\n";
    expect(edited(text, { session: undefined })).toBe("---\nnotes: |\n  linje 1\ntags: [a]\n---\n");
  });

  it("adds frontmatter to a note without it, after the BOM and in the note's line ending", () => {
    expect(edited(`${BOM}# Møde\r\ntekst\r\n`, { type: "mentoring-session", session: 1 })).toBe(
      `${BOM}---\r\ntype: mentoring-session\r\nsession: 1\r\n---\r\n# Møde\r\ntekst\r\n`,
    );
    expect(edited("", { status: "open" })).toBe("---\nstatus: open\n---\n");
  });

  it("adds keys to empty frontmatter", () => {
    expect(edited("---\n---\nbody", { status: "open" })).toBe("---\nstatus: open\n---\nbody");
  });

  it("gives the identical text and changed:false when the value is already set", () => {
    const text = "---\nstatus: \"closed\"\nsession: 3\ntags: [a, b]\nend:\n---\n";
    expect(setFrontmatterKeys(text, { status: "closed", session: 3, tags: ["a", "b"], end: null })).toEqual({ ok: true, text, changed: false });
  });

  it("fills an empty value in front of the comment on its line, and empties a value keeping its comment", () => {
    const text = "---\ntopic: # what we talk about\nnext:\t# set when closing\nend: 2027-01-01 # planned\nshared: true\n---\n";
    expect(edited(text, { topic: "Career", next: "2026-12-20", end: null, shared: null })).toBe(
      "---\ntopic: Career # what we talk about\nnext:\t2026-12-20 # set when closing\nend: # planned\nshared:\n---\n",
    );
  });

  it("leaves a value that already reads as wanted as the user wrote it", () => {
    const text = "---\nn: 1e1\nnext: ~\nflag: TRUE\n---\n";
    expect(setFrontmatterKeys(text, { n: 10, next: null, flag: true })).toEqual({ ok: true, text, changed: false });
  });

  it("writes at the keys' own indentation when the whole block is indented", () => {
    const text = "---\n  type: mentoring-session\n  session: 1\n---\nBody\n";
    expect(edited(text, { status: "open", session: 2 })).toBe("---\n  type: mentoring-session\n  session: 2\n  status: open\n---\nBody\n");
    expect(edited("---\n  tags:\n    - a\n  b: 1\n---\n", { tags: ["c"] })).toBe("---\n  tags:\n    - c\n  b: 1\n---\n");
  });

  it("keeps a list's items at their own indentation, however deep", () => {
    expect(edited("---\ntags:\n    - a\n    - b\n---\n", { tags: ["c", "d"] })).toBe("---\ntags:\n    - c\n    - d\n---\n");
  });

  it("deletes only the key's own lines: the next key stays, even with a comment of its own", () => {
    expect(edited("---\na: 1\nb: 2 # why\n---\n", { a: undefined })).toBe("---\nb: 2 # why\n---\n");
  });

  it("refuses an edit that would not read back as asked, writing nothing", () => {
    // `~` is a null key, which YAML reads as "": setting "null" would change that key instead.
    const text = "---\n~: 2\n---\n";
    expect(setFrontmatterKeys(text, { null: 5 })).toMatchObject({ ok: false, message: { key: "frontmatter.notSafe" } });
  });

  it("refuses a key written in YAML's explicit `? key` form instead of guessing where its value goes", () => {
    const text = "---\n? session\ntopic: x\n---\n";
    expect(setFrontmatterKeys(text, { session: 3 })).toMatchObject({ ok: false, message: { key: "frontmatter.keyNotAtLineStart" } });
  });

  it("changes a value whose type differs, even if it reads the same", () => {
    expect(edited("---\nsession: \"3\"\n---\n", { session: 3 })).toBe("---\nsession: 3\n---\n");
  });

  it.each([
    ["no closing fence", "---\nstatus: open\n\n# Session\n"],
    ["a tab as indentation", "---\ntags:\n\t- a\n---\n"],
    ["a duplicate key", "---\nstatus: open\nstatus: closed\n---\n"],
    ["a list", "---\n- a\n---\n"],
    ["a flow map", "---\n{status: open}\n---\n"],
  ])("refuses frontmatter with %s and says why", (_name, text) => {
    const result = setFrontmatterKeys(text, { status: "closed" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(20);
  });

  it("adds a key at the start of the line when the first key carries an anchor", () => {
    const text = "---\n&session type: mentoring-session\nsession: 1\n---\nBody\n";
    expect(edited(text, { status: "closed" })).toBe("---\n&session type: mentoring-session\nsession: 1\nstatus: closed\n---\nBody\n");
  });

  it("refuses to rewrite a value that other keys refer to through an anchor", () => {
    const result = setFrontmatterKeys("---\nmentor: &who Jane\nmentee: *who\n---\n", { mentor: "John" });
    expect(result.ok).toBe(false);
  });

  it.each([
    ["a duplicate key", "---\nstatus: open\nstatus: closed\n---\n", { status: "closed" }, "Frontmatter blev ikke ændret, fordi nøglen `status` er gentaget i frontmatter (linje 3)."],
    ["a flow map", "---\n{status: open}\n---\n", { status: "closed" }, "Frontmatter er skrevet som én {…}-blok; ret den i hånden, eller skriv den som linjer med nøgle: værdi."],
    ["an anchor", "---\nmentor: &who Jane\nmentee: *who\n---\n", { mentor: "John" }, "Nøglen `mentor` har et YAML-anker, som andre nøgler kan pege på; ret den i hånden."],
    ["a comment inside a value", "---\nstatus: | # why\n  open\n---\n", { status: "closed" }, "Nøglen `status` har en kommentar inde i sin værdi, som den nye værdi ville miste; ret den i hånden."],
    // YAML's long form of a key (`? status` then `: active`): the key does not start its line.
    ["a key in the long form", "---\n? status\n: active\n---\n", { status: "ended" }, "Nøglen `status` er skrevet på en måde, som pluginnet ikke retter i (den står ikke først på sin linje)."],
    // A stray `: value` line is a key that YAML reads as `null`: replacing it would not read back as asked.
    ["an edit that would not read back as asked", "---\n: lonely\ntype: mentoring-session\n---\n", { null: "closed" }, "Frontmatter kunne ikke ændres sikkert, så noten blev ikke ændret."],
  ])("says why it refuses %s as a catalogue message, in Danish too", (_name, text, updates, danish) => {
    const result = setFrontmatterKeys(text, updates);
    if (result.ok || !result.message) throw new Error("expected a refusal with a message");
    expect(messageText(result.message, translatorFor("da"))).toBe(danish);
    expect(messageText(result.message, translatorFor("en"))).toBe(result.reason);
  });
});

describe("renderFrontmatter", () => {
  it("writes a block that reads back as the entries, in order", () => {
    const entries: Array<[string, FrontmatterValue]> = [
      ["type", "mentoring-session"],
      ["mentee", "[[Søren Ærø]]"],
      ["session", 2],
      ["date", "2026-11-22"],
      ["topic", null],
      ["tags", ["mentoring", "læring"]],
    ];
    const text = renderFrontmatter(entries, "\r\n");
    expect(text).toBe(
      "---\r\ntype: mentoring-session\r\nmentee: \"[[Søren Ærø]]\"\r\nsession: 2\r\ndate: 2026-11-22\r\ntopic:\r\ntags:\r\n  - mentoring\r\n  - læring\r\n---\r\n",
    );
    const read = readFrontmatter(text);
    expect(read.kind === "ok" && Object.entries(read.data)).toEqual(entries);
  });
});

// ---- Properties on generated notes ----

const word = fc.constantFrom("Jane", "Søren", "æøå", "plan", "møde 3", "🚀", "x", "2026-11-22", "[[Agreement]]", "a: b", "# no", "'q'", "\"d\"");
const KEYS = ["type", "mentee", "mentor", "session", "date", "status", "tags", "aliases", "cssclasses", "topic", "next", "emne", "møde"];

/** One key as a person might have written it, in many YAML styles (the text itself, lines joined by \n). */
const entryText = (key: string): fc.Arbitrary<string> =>
  fc.oneof(
    word.map((w) => `${key}: ${stringify(w).trimEnd()}`),
    word.map((w) => `${key}: '${w.replace(/'/g, "''")}'`),
    fc.integer({ min: -5, max: 500 }).map((n) => `${key}: ${n}`),
    word.map((w) => `${key}: ${stringify(w).trimEnd()}   # kommentar`),
    fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => `${key}:\n${ws.map((w) => `  - ${stringify(w).trimEnd()}`).join("\n")}`),
    fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => `${key}:\n${ws.map((w) => `- ${stringify(w).trimEnd()}`).join("\n")}`),
    fc.constantFrom(`${key}: [a, b]`, `${key}:`, `${key}: |\n  linje 1\n  linje 2`, `${key}: true`, `${key}: plain text\n  continued`),
  );

const extraLine = fc.constantFrom("", "# a comment", "  # indented comment");

const frontmatterValue: fc.Arbitrary<FrontmatterValue> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  word,
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(word, fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 3 }),
);

interface GeneratedNote {
  text: string;
  chunks: Array<{ key: string; chunk: string }>;
  eol: string;
}

const generatedNote: fc.Arbitrary<GeneratedNote> = fc
  .uniqueArray(fc.constantFrom(...KEYS), { maxLength: 7 })
  .chain((keys) =>
    fc.tuple(
      fc.tuple(...keys.map((key) => fc.tuple(entryText(key), fc.option(extraLine, { nil: undefined })))),
      fc.constantFrom("\n", "\r\n"),
      fc.boolean(),
      fc.array(fc.constantFrom("# Session", "- [ ] Ring til Åse 📅 2026-12-01", "---", "status: open", "", "```", "tekst"), { maxLength: 5 }),
    ).map(([entries, eol, bom, body]) => {
      const chunks = entries.map(([chunk], i) => ({ key: keys[i] ?? "", chunk: chunk.replace(/\n/g, eol) }));
      const lines = entries.flatMap(([chunk, extra]) => (extra === undefined ? [chunk] : [chunk, extra]));
      const text = (bom ? BOM : "") + ["---", ...lines, "---", ...body].join("\n").replace(/\n/g, eol);
      return { text, chunks, eol };
    }),
  );

const updates = fc.dictionary(fc.constantFrom(...KEYS, "goals", "ny_nøgle"), fc.option(frontmatterValue, { nil: undefined }), { maxKeys: 4 });

describe("setFrontmatterKeys properties", () => {
  it("changes nothing outside the block, keeps every untouched key byte for byte, and sets exactly what was asked", () => {
    fc.assert(
      fc.property(generatedNote, updates, ({ text, chunks, eol }, wanted) => {
        const before = readFrontmatter(text);
        expect(before.kind).toBe("ok");
        if (before.kind !== "ok") return;
        const result = setFrontmatterKeys(text, wanted);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const after = readFrontmatter(result.text);
        expect(after.kind).toBe("ok");
        if (after.kind !== "ok") return;
        // Outside the block: the prefix (BOM) and the whole body are untouched.
        expect(result.text.slice(0, after.block.bodyStart)).toBe(text.slice(0, before.block.bodyStart));
        expect(result.text.slice(after.block.bodyEnd)).toBe(text.slice(before.block.bodyEnd));
        // Untouched keys keep their text, in their order.
        let from = 0;
        for (const { key, chunk } of chunks) {
          if (key in wanted) continue;
          const at = result.text.indexOf(chunk, from);
          expect(at, `${key} kept`).toBeGreaterThanOrEqual(from);
          from = at + chunk.length;
        }
        // The data is the old data with the updates applied.
        const expected: Record<string, unknown> = { ...before.data };
        for (const [key, value] of Object.entries(wanted)) {
          if (value === undefined) delete expected[key];
          else expected[key] = value;
        }
        expect(after.data).toEqual(expected);
        // Line endings: a CRLF note has no bare LF afterwards.
        if (eol === "\r\n") expect(/[^\r]\n/.test(result.text)).toBe(false);
      }),
      runs(1000),
    );
  });

  it("setting twice equals setting once", () => {
    fc.assert(
      fc.property(generatedNote, updates, ({ text }, wanted) => {
        const once = setFrontmatterKeys(text, wanted);
        if (!once.ok) return;
        const twice = setFrontmatterKeys(once.text, wanted);
        expect(twice).toEqual({ ok: true, text: once.text, changed: false });
      }),
      runs(1000),
    );
  });

  it("adds a block to notes without one and leaves the note itself after it", () => {
    const body = fc.array(fc.constantFrom("# Møde", "tekst med æøå", "", "- [ ] x", "type: not-ours"), { maxLength: 5 });
    fc.assert(
      fc.property(body, fc.constantFrom("\n", "\r\n"), updates, (lines, eol, wanted) => {
        const text = lines.join(eol);
        if (locateFrontmatter(text)) return;
        const result = setFrontmatterKeys(text, wanted);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const hasValue = Object.values(wanted).some((value) => value !== undefined);
        expect(result.changed).toBe(hasValue);
        expect(result.text.endsWith(text)).toBe(true);
      }),
      runs(1000),
    );
  });
});

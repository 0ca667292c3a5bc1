import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { locateFrontmatter, readFrontmatterValues, type FrontmatterValues } from "../../../src/core/syntax/frontmatter";
import { renderFrontmatter } from "../../../src/core/syntax/frontmatter-edit";
import {
  AGREEMENT_KEYS,
  NOTE_TYPES,
  SESSION_KEYS,
  agreementFrontmatter,
  agreementOf,
  linkTarget,
  sessionFrontmatter,
  sessionOf,
} from "../../../src/core/notes/schema";
import { runs } from "../../setup/property-runs";

const FILE = "Mentoring/Søren Ærø/Agreement.md";

/** Frontmatter values as a test writes them: a record's own keys. */
function valuesOf(data: Record<string, unknown>): FrontmatterValues {
  return { get: (key) => (Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined) };
}

/** An agreement's fields alone (what its frontmatter gives), with the problems found reading them. */
function readAgreementFields(values: FrontmatterValues, file: string) {
  const { note, problems } = agreementOf(values, file, "Mentoring/Søren Ærø", []);
  const { kind, file: noteFile, folder, goals, ...fields } = note;
  expect([kind, noteFile, folder, goals]).toEqual(["agreement", file, "Mentoring/Søren Ærø", []]);
  return { fields, problems };
}

/** A session's fields alone, as `readAgreementFields` reads an agreement's. */
function readSessionFields(values: FrontmatterValues, file: string) {
  const { note, problems } = sessionOf(values, file, "Mentoring", []);
  const { kind, file: noteFile, folder, actions, ...fields } = note;
  expect([kind, noteFile, folder, actions]).toEqual(["session", file, "Mentoring", []]);
  return { fields, problems };
}

/** The frontmatter's values as the index reads them. */
function dataOf(text: string): FrontmatterValues {
  const read = readFrontmatterValues(text, locateFrontmatter(text));
  if (read.kind !== "ok") throw new Error(`fixture does not parse: ${JSON.stringify(read)}`);
  return read.values;
}

describe("key names", () => {
  it("are the English names PRODUCT.md fixes", () => {
    expect(NOTE_TYPES).toEqual({ agreement: "mentoring-agreement", session: "mentoring-session" });
    expect(Object.values(AGREEMENT_KEYS)).toEqual([
      "type", "mentee", "mentor", "role", "start", "end", "meetings_planned", "cadence_days", "meeting_minutes", "status", "next",
    ]);
    expect(Object.values(SESSION_KEYS)).toEqual(["type", "mentee", "mentor", "session", "date", "phase", "topic", "focus", "status", "agreement", "next"]);
  });
});

describe("agreementOf", () => {
  it("reads a complete agreement written by hand, CRLF and unknown keys included", () => {
    const data = dataOf(
      "---\r\ntype: mentoring-agreement\r\nmentee: \"[[Søren Ærø]]\"\r\nmentor: Jane Doe\r\nrole: Mentee\r\nstart: 2026-09-01\r\nend: 2027-06-30\r\n" +
        "meetings_planned: 8\r\ncadence_days: \"21\"\r\nmeeting_minutes: 90\r\nstatus: active\r\nnext: 2026-11-22\r\ntags: [mentoring]\r\ncssclasses:\r\n  - wide\r\n---\r\n",
    );
    expect(readAgreementFields(data, FILE)).toEqual({
      fields: {
        mentee: "[[Søren Ærø]]",
        mentor: "Jane Doe",
        role: "mentee",
        start: "2026-09-01",
        end: "2027-06-30",
        meetingsPlanned: 8,
        cadenceDays: 21,
        meetingMinutes: 90,
        status: "active",
        next: "2026-11-22",
      },
      problems: [],
    });
  });

  it("gives defaults and no problems for an agreement with only its type", () => {
    const { fields, problems } = readAgreementFields(dataOf("---\ntype: mentoring-agreement\nmentee:\nend: ''\n---\n"), FILE);
    expect(problems).toEqual([]);
    expect(fields).toEqual({
      mentee: null,
      mentor: null,
      role: "mentor",
      start: null,
      end: null,
      meetingsPlanned: null,
      cadenceDays: null,
      meetingMinutes: null,
      status: "active",
      next: null,
    });
  });

  it("turns each wrong value into a precise problem and falls back for that field only", () => {
    const data = dataOf(
      "---\ntype: mentoring-agreement\nmentee: Åse\nrole: boss\nstart: 22/11/2026\nend: 2026-13-45\nmeetings_planned: six\ncadence_days: 0\nmeeting_minutes: 60.5\nstatus: paused\nmentor: [Jane, John]\n---\n",
    );
    const { fields, problems } = readAgreementFields(data, FILE);
    expect(fields).toMatchObject({
      mentee: "Åse",
      mentor: null,
      role: "mentor",
      start: null,
      end: null,
      meetingsPlanned: null,
      cadenceDays: null,
      meetingMinutes: null,
      status: "active",
    });
    expect(problems.map((problem) => problem.reason)).toEqual([
      "`mentor` is a list; expected a single text or [[link]]",
      '`role` is "boss"; expected mentor or mentee',
      "`start`: 22/11/2026 is not a date in YYYY-MM-DD form",
      "`end`: 2026-13-45 is not a real date",
      '`meetings_planned` is "six"; expected a whole number',
      "`cadence_days` is 0; expected a whole number above 0",
      "`meeting_minutes` is 60.5; expected a whole number",
      '`status` is "paused"; expected active or ended',
    ]);
    expect(problems.every((problem) => problem.file === FILE)).toBe(true);
  });

  it("names a timestamp and a set of keys in its problems, as the plugin's metadata cache may give them", () => {
    const { fields, problems } = readAgreementFields(
      valuesOf({ type: "mentoring-agreement", mentee: new Date("2026-11-22T10:00:00Z"), mentor: { name: "Jane Doe" }, start: new Date("2026-09-01T00:00:00Z"), end: new Date("not a day") }),
      FILE,
    );
    expect(fields).toMatchObject({ mentee: null, mentor: null, start: "2026-09-01", end: null });
    expect(problems.map((problem) => problem.reason)).toEqual([
      "`mentee` is a timestamp; expected a single text or [[link]]",
      "`mentor` is a set of keys; expected a single text or [[link]]",
      "`end`: The timestamp is not a valid date",
    ]);
  });

  it("takes an unquoted [[link]] (which YAML reads as a nested list) as the link it was meant to be", () => {
    const { fields, problems } = readAgreementFields(dataOf("---\nmentee: [[Søren Ærø]]\n---\n"), FILE);
    expect(problems).toEqual([]);
    expect(fields.mentee).toBe("[[Søren Ærø]]");
  });

  it("reports a nested list that is not one link: two names in one link, or two links", () => {
    const { fields, problems } = readAgreementFields(dataOf("---\nmentee: [[Søren Ærø, Jane Doe]]\nmentor: [[Anna Holm], [Bo Ek]]\n---\n"), FILE);
    expect(fields).toMatchObject({ mentee: null, mentor: null });
    expect(problems.map((problem) => problem.reason)).toEqual([
      "`mentee` is a list; expected a single text or [[link]]",
      "`mentor` is a list; expected a single text or [[link]]",
    ]);
  });
});

describe("sessionOf", () => {
  const session = "Mentoring/Søren Ærø/2026-11-22 Session 3.md";

  it("reads a session note", () => {
    const data = dataOf(
      "\uFEFF---\ntype: mentoring-session\nmentee: Søren Ærø\nmentor: Jane Doe\nsession: 3\ndate: 2026-11-22\nphase: middle\ntopic: Feedback på planen 🚀\nfocus: Relational\nstatus: closed\nagreement: \"[[Agreement]]\"\nnext: 2026-12-13\naliases: [Møde 3]\n---\n",
    );
    expect(readSessionFields(data, session)).toEqual({
      fields: {
        mentee: "Søren Ærø",
        mentor: "Jane Doe",
        number: 3,
        date: "2026-11-22",
        phase: "middle",
        focus: "relational",
        topic: "Feedback på planen 🚀",
        status: "closed",
        next: "2026-12-13",
        agreementLink: "[[Agreement]]",
      },
      problems: [],
    });
  });

  it("reads a focus of personal, professional or relational, and reports any other", () => {
    for (const focus of ["personal", "professional", "relational"]) {
      expect(readSessionFields(dataOf(`---\ntype: mentoring-session\nfocus: ${focus}\n---\n`), "a.md").fields.focus).toBe(focus);
    }
    const { fields, problems } = readSessionFields(dataOf("---\ntype: mentoring-session\nfocus: faglig\n---\n"), "a.md");
    expect(fields.focus).toBeNull();
    expect(problems.map((problem) => problem.reason)).toEqual(['`focus` is "faglig"; expected one of personal, professional, relational']);
  });

  it("reports a session number in words, a bad phase and a bad date, and defaults status to open", () => {
    const data = dataOf("---\ntype: mentoring-session\nsession: three\ndate: 2026-02-30\nphase: ending\nstatus: done\ntopic: 42\n---\n");
    const { fields, problems } = readSessionFields(data, session);
    expect(fields).toMatchObject({ number: null, date: null, phase: null, status: "open", topic: "42" });
    expect(problems.map((problem) => problem.reason)).toEqual([
      '`session` is "three"; expected a whole number',
      "`date`: 2026-02-30 is not a real date",
      '`phase` is "ending"; expected one of start, middle, final',
      '`status` is "done"; expected open or closed',
    ]);
  });

  it("reads a yes/no value as text where text is wanted, and names it as written in a problem", () => {
    const data = dataOf("---\ntype: mentoring-session\nsession: true\ntopic: false\n---\n");
    const { fields, problems } = readSessionFields(data, session);
    expect(fields).toMatchObject({ number: null, topic: "false" });
    expect(problems.map((problem) => problem.reason)).toEqual(["`session` is true; expected a whole number"]);
  });

  it("rejects session numbers below 1 and fractions", () => {
    expect(readSessionFields(valuesOf({ session: 0 }), session).problems).toHaveLength(1);
    expect(readSessionFields(valuesOf({ session: -2 }), session).problems).toHaveLength(1);
    expect(readSessionFields(valuesOf({ session: 2.5 }), session).problems).toHaveLength(1);
    expect(readSessionFields(valuesOf({ session: " 4 " }), session).fields.number).toBe(4);
  });

  it("never reads a key from the object prototype", () => {
    const text = "---\ntopic: x\n---\n";
    const read = readFrontmatterValues(text, locateFrontmatter(text));
    if (read.kind !== "ok") throw new Error(read.kind);
    expect(["toString", "constructor", "hasOwnProperty", "__proto__"].map((key) => read.values.get(key))).toEqual([undefined, undefined, undefined, undefined]);
    expect(readSessionFields(read.values, session).problems).toEqual([]);
  });
});

describe("frontmatter builders", () => {
  it("write an agreement in canonical order that reads back to the same fields", () => {
    const entries = agreementFrontmatter({
      mentee: "Søren Ærø",
      mentor: "",
      role: "mentor",
      start: "2026-09-01",
      end: null,
      meetingsPlanned: 6,
      cadenceDays: 21,
      meetingMinutes: 90,
    });
    expect(entries.map(([key]) => key)).toEqual(Object.values(AGREEMENT_KEYS).filter((key) => key !== "next"));
    const text = renderFrontmatter(entries);
    expect(text).toContain("mentor:\n");
    expect(text).toContain("start: 2026-09-01\n");
    const { fields, problems } = readAgreementFields(dataOf(text), FILE);
    expect(problems).toEqual([]);
    expect(fields).toMatchObject({ mentee: "Søren Ærø", mentor: null, start: "2026-09-01", meetingsPlanned: 6, status: "active" });
  });

  it("write a session in canonical order that reads back to the same fields", () => {
    const entries = sessionFrontmatter({
      mentee: "Søren Ærø",
      mentor: "Jane Doe",
      number: 4,
      date: "2026-12-13",
      phase: "final",
      topic: "",
      agreement: "[[Mentoring/Søren Ærø/Agreement|Agreement]]",
    });
    expect(entries[0]).toEqual(["type", NOTE_TYPES.session]);
    expect(entries.map(([key]) => key)).toEqual(Object.values(SESSION_KEYS).filter((key) => key !== "next"));
    const text = renderFrontmatter(entries);
    expect(text).toContain('agreement: "[[Mentoring/Søren Ærø/Agreement|Agreement]]"\n');
    const { fields, problems } = readSessionFields(dataOf(text), "x.md");
    expect(problems).toEqual([]);
    expect(fields).toEqual({
      mentee: "Søren Ærø",
      mentor: "Jane Doe",
      number: 4,
      date: "2026-12-13",
      phase: "final",
      focus: null,
      topic: null,
      status: "open",
      next: null,
      agreementLink: "[[Mentoring/Søren Ærø/Agreement|Agreement]]",
    });
  });
});

describe("frontmatter builders' status", () => {
  const agreement = { mentee: "Søren Ærø", mentor: "Jane Doe", role: "mentor", start: "2026-09-01", end: null, meetingsPlanned: 6, cadenceDays: 21, meetingMinutes: 90 } as const;
  const session = { mentee: "Søren Ærø", mentor: "Jane Doe", number: 4, date: "2026-12-13", phase: "final", topic: "", agreement: null } as const;
  const statusOf = (entries: ReadonlyArray<readonly [string, unknown]>): unknown => entries.find(([key]) => key === "status")?.[1];

  it("is active for a new agreement and open for a new session unless one is given", () => {
    expect(statusOf(agreementFrontmatter(agreement))).toBe("active");
    expect(statusOf(agreementFrontmatter({ ...agreement, status: "ended" }))).toBe("ended");
    expect(statusOf(sessionFrontmatter(session))).toBe("open");
    expect(statusOf(sessionFrontmatter({ ...session, status: "closed" }))).toBe("closed");
  });
});

describe("blank values", () => {
  it("count as missing exactly when they trim to nothing, whatever the whitespace (property)", () => {
    const blankish = fc.oneof(
      fc.constantFrom("", " ", "\t", "\u00a0", "\u2028", "\ufeff", "\u3000 x", " x ", "x", "\u00a0Jane", "~", "\u007f"),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(blankish, (value) => {
        const { fields, problems } = readSessionFields(valuesOf({ mentee: value, topic: value }), "a.md");
        expect(fields.mentee).toBe(value.trim() === "" ? null : value);
        expect(fields.topic).toBe(fields.mentee);
        expect(problems).toEqual([]);
      }),
      runs(500),
    );
  });
});

describe("linkTarget", () => {
  it("gives the note a link value names, folder kept, without brackets, alias or heading", () => {
    expect(linkTarget("[[Mentoring/Kim Berg/Agreement|Agreement]]")).toBe("Mentoring/Kim Berg/Agreement");
    expect(linkTarget(" [[Agreement#Goals]] ")).toBe("Agreement");
    expect(linkTarget("[[Mentoring/Kim Berg/Agreement]]")).toBe("Mentoring/Kim Berg/Agreement");
    expect(linkTarget("[[Mentoring/Kim Berg/Agreement | Agreement]]")).toBe("Mentoring/Kim Berg/Agreement");
    expect(linkTarget("Mentoring/Kim Berg/Aftale")).toBe("Mentoring/Kim Berg/Aftale");
    expect(linkTarget("[[|Agreement]]")).toBeNull();
    expect(linkTarget("  ")).toBeNull();
    expect(linkTarget(null)).toBeNull();
  });
});

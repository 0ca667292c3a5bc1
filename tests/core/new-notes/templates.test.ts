import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderTemplate } from "../../../src/core/new-notes/templates";
import agreementEn from "../../../src/core/new-notes/templates/agreement.en.md";
import agreementDa from "../../../src/core/new-notes/templates/agreement.da.md";
import sessionEn from "../../../src/core/new-notes/templates/session.en.md";
import sessionDa from "../../../src/core/new-notes/templates/session.da.md";
import firstSessionEn from "../../../src/core/new-notes/templates/first-session.en.md";
import firstSessionDa from "../../../src/core/new-notes/templates/first-session.da.md";
import { runs } from "../../setup/property-runs";
import { planRelationship } from "../../../src/core/new-notes/new-relationship";
import { planSession } from "../../../src/core/new-notes/new-session";
import { agreementOf, input, settings, today } from "../../fixtures/planning";

describe("renderTemplate", () => {
  it("replaces known placeholders, with or without blanks inside the braces", () => {
    const result = renderTemplate("# {{title}}\nWith {{ other }} on {{date}}.", {
      title: "Session 3 with Jane Doe",
      other: "Jane Doe",
      date: "2026-11-22",
    });
    expect(result.text).toBe("# Session 3 with Jane Doe\nWith Jane Doe on 2026-11-22.");
    expect(result.unknown).toEqual([]);
  });

  it("keeps an unknown placeholder as written and reports it once", () => {
    const result = renderTemplate("{{ mood }} and {{mood}} and {{weather}} for {{other}}", { other: "Søren" });
    expect(result.text).toBe("{{ mood }} and {{mood}} and {{weather}} for Søren");
    expect(result.unknown).toEqual(["mood", "weather"]);
  });

  it("keeps a known name with a format or filter (core Templates' {{date:YYYY-MM-DD}}) as written and reports it once", () => {
    const template = "Made {{date:YYYY-MM-DD}}, {{date|x}}, {{ date:YYYY }} and {{date:YYYY-MM-DD}} on {{date}}";
    const result = renderTemplate(template, { date: "2026-12-14" });
    expect(result.text).toBe("Made {{date:YYYY-MM-DD}}, {{date|x}}, {{ date:YYYY }} and {{date:YYYY-MM-DD}} on 2026-12-14");
    expect(result.unknown).toEqual(["date:YYYY-MM-DD", "date|x", "date:YYYY"]);
  });

  it("inserts values as plain text: no second pass, no $-patterns, no expressions", () => {
    const result = renderTemplate("{{a}} {{b}} {{#if a}} {{a + b}} {{constructor}}", { a: "{{b}}", b: "$& $1 $$" });
    expect(result.text).toBe("{{b}} $& $1 $$ {{#if a}} {{a + b}} {{constructor}}");
    expect(result.unknown).toEqual(["constructor"]);
  });

  it("keeps CRLF, BOM and emoji around placeholders byte for byte", () => {
    const template = "\uFEFF# {{title}} 🎯\r\n\r\n- {{goal}}\r\n";
    expect(renderTemplate(template, { title: "Møde", goal: "Lære æøå" }).text).toBe("\uFEFF# Møde 🎯\r\n\r\n- Lære æøå\r\n");
  });

  it("changes nothing in text without placeholders", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!text.includes("{{"));
        expect(renderTemplate(text, { title: "x" })).toEqual({ text, unknown: [] });
      }),
      runs(1000),
    );
  });
});

describe("built-in templates", () => {
  const templates = { agreementEn, agreementDa, sessionEn, sessionDa, firstSessionEn, firstSessionDa };
  // Documented means in the user's guide: every `{{name}}` docs/note-format.md mentions.
  const guide = readFileSync(fileURLToPath(new URL("../../../docs/note-format.md", import.meta.url)), "utf8");
  const known: Record<string, string> = Object.fromEntries([...guide.matchAll(/\{\{([a-z_]+)\}\}/g)].map((match) => [match[1] ?? "", "value"]));

  for (const [name, template] of Object.entries(templates)) {
    it(`${name} uses only documented placeholders, LF and no frontmatter`, () => {
      expect(renderTemplate(template, known).unknown).toEqual([]);
      expect(template).not.toContain("\r");
      expect(template.startsWith("---")).toBe(false);
      expect(template.endsWith("\n")).toBe(true);
    });
  }
});

describe("the placeholders the user's guide lists", () => {
  // The guide (docs/note-format.md, "Templates") is the promise: each placeholder it names is filled in every
  // kind of note, with empty text where it does not apply, so a user's template is never told it is unknown.
  const guide = readFileSync(fileURLToPath(new URL("../../../docs/note-format.md", import.meta.url)), "utf8");
  const section = guide.slice(guide.indexOf("`{{title}}`"), guide.indexOf("## Working with Tasks and Dataview"));
  const documented = [...new Set([...section.matchAll(/`\{\{([a-z_]+)\}\}`/g)].map((match) => match[1] as string))];
  const everyPlaceholder = documented.map((name) => `[{{${name}}}]`).join("\n") + "\n";

  it("are read from the guide (the list is there)", () => {
    expect(documented).toEqual(expect.arrayContaining(["title", "date", "mentee", "goals", "since_last_time", "start", "end"]));
    expect(documented.length).toBeGreaterThan(25);
  });

  it("are all known to an agreement, a first session and a later session", () => {
    const templates = { agreement: everyPlaceholder, firstSession: everyPlaceholder };
    const plan = planRelationship(input(), settings(), "en", today, templates);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.files.map((file) => file.unknownPlaceholders)).toEqual([[], []]);
    const agreementFile = plan.files[0];
    const agreement = agreementOf(agreementFile?.path ?? "", agreementFile?.text ?? "");
    const session = planSession({ folder: agreement.folder, agreement, sessions: [] }, settings(), "en", today, everyPlaceholder);
    if (session.kind !== "create") throw new Error("expected a new session");
    expect(session.unknownPlaceholders).toEqual([]);
  });

  it("are empty where they do not apply: the session's in an agreement, the agreement's in a first session", () => {
    const sessionOnly = "[{{number}}][{{phase}}][{{previous_link}}][{{since_last_time}}][{{carried_actions}}][{{before_meeting}}][{{conversation_starters}}][{{first_meeting_intro}}]\n";
    const agreementOnly = "[{{practical_frame}}][{{ground_rules}}][{{working_together}}][{{signatures}}][{{goals}}][{{since_last_time}}][{{before_meeting}}]\n";
    const plan = planRelationship(input(), settings(), "en", today, { agreement: sessionOnly, firstSession: agreementOnly });
    if (!plan.ok) throw new Error(plan.reason);
    const bodies = plan.files.map((file) => file.text.slice(file.text.indexOf("\n---\n") + 5));
    expect(bodies).toEqual(["[][][][][][][][]\n", "[][][][][][][]\n"]);
  });
});

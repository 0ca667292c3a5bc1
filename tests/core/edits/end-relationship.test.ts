import { describe, it, expect } from "vitest";
import { endRelationshipText, type EndingText } from "../../../src/core/edits/end-relationship";
import { parseNote } from "../../../src/core/notes/parse-note";

const ENDING: EndingText = {
  heading: "Ending",
  knownHeadings: ["Afslutning"],
  checklistTitle: "Closing checklist",
  checklist: ["Agree that the relationship ends, and how", "Look back at what was reached", "Say thank you"],
  evaluationTitle: "Final evaluation",
  evaluation: ["What did the relationship give you?", "What would you do differently next time?"],
};

const AGREEMENT = [
  "---",
  "type: mentoring-agreement",
  "mentee: Søren Ågård",
  "mentor: Jane Doe",
  "role: mentor",
  "start: 2026-03-01",
  "end: 2027-02-28",
  "status: active",
  "favourite_colour: teal # kept",
  "---",
  "# Agreement",
  "",
  "## Goals",
  "",
  "- [x] Lead a project meeting ✅ 2026-06-02",
  "- [ ] Find a next role 🎯",
  "",
  "## Practical frame",
  "",
  "We meet every four weeks.",
  "",
].join("\r\n");

// The block alone: an agreement whose frontmatter already says it ended gets only the block appended, so
// these notes are compared byte for byte.
const ENDED = AGREEMENT.replace("status: active", "status: ended");
const endEnded = (text: string) => endRelationshipText(text, "2027-02-28", ENDING);

describe("endRelationshipText: the ending block", () => {
  it("appends the heading, checklist and final evaluation, keeping every byte and the CRLF endings", () => {
    const result = endEnded(ENDED);
    if (!result.ok) throw new Error(result.reason);
    expect(result.changed).toBe(true);
    expect(result.text.startsWith(ENDED)).toBe(true);
    const added = result.text.slice(ENDED.length);
    expect(added).toContain("## Ending\r\n");
    expect(added).toContain("- [ ] Say thank you\r\n");
    expect(added).toContain("- What would you do differently next time?\r\n");
    expect(added.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("uses the level of the note's sections (below its one title), so the checklist is never read as goals", () => {
    const result = endEnded(ENDED);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toMatch(/\r\n## Ending\r\n/);
    const parsed = parseNote("Mentoring/Søren/Agreement.md", result.text);
    expect(parsed.kind).toBe("agreement");
    if (parsed.kind === "agreement") expect(parsed.note.goals.map((goal) => goal.text)).toHaveLength(2);
  });

  it("takes level 1 when the sections themselves are level 1 (no single title above them)", () => {
    const note = "---\ntype: mentoring-agreement\nstatus: ended\n---\n# Goals\n- [ ] One goal\n# Frame\nMonthly.\n";
    const result = endEnded(note);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith(`${note}\n# Ending\n`)).toBe(true);
    const parsed = parseNote("Mentoring/Ana/Agreement.md", result.text);
    if (parsed.kind === "agreement") expect(parsed.note.goals).toHaveLength(1);
  });

  it.each([
    ["Goals as the only level-1 heading", "# Goals\n- [ ] One goal\n## Why these goals\nBecause.\n", "# Ending"],
    ["setext headings", "Mål\n===\n- [ ] One goal\n\nFrame\n-----\nMonthly.\n", "# Ending"],
  ])("never takes a first level-1 heading that is Goals for a title: %s", (_name, body, heading) => {
    const note = `---\ntype: mentoring-agreement\nstatus: ended\n---\n${body}`;
    const result = endEnded(note);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith(`${note}\n${heading}\n`)).toBe(true);
    const parsed = parseNote("Mentoring/Ana/Agreement.md", result.text);
    expect(parsed.kind === "agreement" && parsed.note.goals.map((goal) => goal.text)).toEqual(["One goal"]);
  });

  it("separates the block from a note that does not end with a line ending", () => {
    const note = "---\ntype: mentoring-agreement\nstatus: ended\n---\n## Goals\n- [ ] One goal";
    const result = endEnded(note);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith(`${note}\n\n## Ending\n`)).toBe(true);
  });

  it("takes level 2 in a note without headings, and the highest section level when sections have sub-sections", () => {
    const plain = "---\ntype: mentoring-agreement\nstatus: ended\n---\nWe meet monthly.\n";
    const bare = endEnded(plain);
    if (!bare.ok) throw new Error(bare.reason);
    expect(bare.text.startsWith(`${plain}\n## Ending\n`)).toBe(true);
    const nested = "---\ntype: mentoring-agreement\nstatus: ended\n---\n# Agreement\n### Notes\nSmall print.\n## Goals\n- [ ] One goal\n";
    const result = endEnded(nested);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith(`${nested}\n## Ending\n`)).toBe(true);
  });

  it("adds no second blank line after a note that already ends with one", () => {
    const note = "---\ntype: mentoring-agreement\nstatus: ended\n---\n## Goals\n- [ ] One goal\n\n";
    const result = endEnded(note);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith(`${note}## Ending\n\n**Closing checklist**\n`)).toBe(true);
  });

  it("keeps the lone CR that ends the last line of a note whose first ending is LF", () => {
    const note = "---\ntype: mentoring-agreement\nstatus: ended\n---\n## Goals\r- [ ] One goal\r";
    const result = endEnded(note);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith(`${note}\r## Ending\n\n`)).toBe(true);
  });

  it("takes a last line of blanks without a line ending as the blank line before the block", () => {
    const note = "---\ntype: mentoring-agreement\nstatus: ended\n---\n## Goals\n- [ ] One goal\n  ";
    const result = endEnded(note);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith(`${note}\n## Ending\n`)).toBe(true);
  });

  it("appends once: a second run, or a note with the Danish heading, changes nothing", () => {
    const once = endEnded(ENDED);
    if (!once.ok) throw new Error(once.reason);
    expect(endEnded(once.text)).toEqual({ ok: true, text: once.text, changed: false });
    const danish = `${ENDED}## afslutning\r\n`;
    expect(endEnded(danish)).toEqual({ ok: true, text: danish, changed: false });
  });

  it("refuses a session note and says why", () => {
    const result = endEnded("---\ntype: mentoring-session\n---\n");
    expect(result).toMatchObject({ ok: false, reason: "This note is not a mentoring agreement, so there is no relationship to end here." });
  });
});

describe("endRelationshipText", () => {
  it("writes the whole block: heading, blank, checklist, blank, evaluation with room to answer", () => {
    const note = "---\ntype: mentoring-agreement\nstatus: ended\n---\n## Goals\n- [ ] One goal\n";
    const result = endEnded(note);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(
      [
        note,
        "## Ending",
        "",
        "**Closing checklist**",
        "- [ ] Agree that the relationship ends, and how",
        "- [ ] Look back at what was reached",
        "- [ ] Say thank you",
        "",
        "**Final evaluation**",
        "- What did the relationship give you?",
        "\t- ",
        "- What would you do differently next time?",
        "\t- ",
        "",
      ].join("\n"),
    );
  });

  it("takes the level of the first section when there is no level-1 title", () => {
    const note = "---\ntype: mentoring-agreement\nstatus: ended\n---\n## Goals\n- [ ] One goal\n### Details\nMonthly.\n";
    const result = endEnded(note);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith(`${note}\n## Ending\n`)).toBe(true);
  });

  it("refuses an agreement whose frontmatter cannot be read, or whose status key it cannot edit, writing nothing", () => {
    const twice = "---\ntype: mentoring-agreement\nstatus: active\nstatus: paused\n---\n## Goals\n";
    expect(endRelationshipText(twice, "2026-11-22", ENDING)).toMatchObject({ ok: false, reason: "the key `status` appears twice in the frontmatter (line 4)" });
    const longForm = "---\ntype: mentoring-agreement\n? status\n: active\n---\n## Goals\n";
    expect(endRelationshipText(longForm, "2026-11-22", ENDING)).toMatchObject({
      ok: false,
      reason: "The key `status` is written in a form this plugin does not edit (it does not start its line).",
    });
  });

  it("counts setting the status as a change when the ending block is there already", () => {
    const note = "---\ntype: mentoring-agreement\nstatus: active\n---\n## Goals\n\n## Ending\n";
    expect(endRelationshipText(note, "2026-11-22", ENDING)).toEqual({
      ok: true,
      text: "---\ntype: mentoring-agreement\nstatus: ended\nend: 2026-11-22\n---\n## Goals\n\n## Ending\n",
      changed: true,
    });
  });

  it("leaves status and the end date as written when the status already reads as ended, in any case", () => {
    for (const status of ["Ended", " ENDED ", "'ended'"]) {
      const note = ENDED.replace("status: ended", `status: ${status}`);
      const result = endRelationshipText(note, "2027-05-01", ENDING);
      if (!result.ok) throw new Error(result.reason);
      expect(result.text.startsWith(note)).toBe(true);
    }
  });

  it("sets status ended and the end date, keeps unknown keys and comments, and appends the block", () => {
    const result = endRelationshipText(AGREEMENT, "2026-11-22", ENDING);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain("status: ended\r\n");
    expect(result.text).toContain("end: 2026-11-22\r\n");
    expect(result.text).toContain("favourite_colour: teal # kept\r\n");
    expect(result.text).toContain("- [ ] Find a next role 🎯\r\n");
    expect(endRelationshipText(result.text, "2026-12-01", ENDING)).toEqual({ ok: true, text: result.text, changed: false });
  });
});

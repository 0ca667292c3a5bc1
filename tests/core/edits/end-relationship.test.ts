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

  it("separates the block from a note that does not end with a line ending", () => {
    const note = "---\ntype: mentoring-agreement\nstatus: ended\n---\n## Goals\n- [ ] One goal";
    const result = endEnded(note);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith(`${note}\n\n## Ending\n`)).toBe(true);
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
    expect(result.ok).toBe(false);
  });
});

describe("endRelationshipText", () => {
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

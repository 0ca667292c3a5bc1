import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { completeActionInText, uncompleteActionInText } from "../../../src/core/edits/write-back";
import { buildDashboard } from "../../../src/core/dashboard/dashboard";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { splitLines } from "../../../src/core/syntax/text";
import { loadVault } from "../../fixtures/load-vault";
import { runs } from "../../setup/property-runs";

const TODAY = "2026-11-22";
const files = loadVault();
const SESSION_2 = "Mentoring/Jane Doe/2026-10-04 Session 2.md"; // CRLF, Dataview fields
const MOTE_1 = "Mentoring/Søren Ødegård/2026-10-15 Møde 1.md"; // BOM, tab-nested, Tasks emoji

function rowFor(text: string) {
  const model = buildDashboard(new VaultIndex(Object.entries(files)), { today: TODAY, showDone: true });
  const row = model.groups.flatMap((group) => group.actions).find((action) => action.text === text);
  if (!row) throw new Error(`no action "${text}" in the fixture`);
  return row;
}

/** The lines of two texts that differ, as [index, before, after]. */
function changedLines(before: string, after: string): Array<[number, string, string]> {
  const a = splitLines(before);
  const b = splitLines(after);
  expect(b).toHaveLength(a.length);
  const changed: Array<[number, string, string]> = [];
  a.forEach((line, i) => {
    const other = b[i];
    expect(other?.eol).toBe(line.eol);
    if (other?.text !== line.text) changed.push([i, line.text, other?.text ?? ""]);
  });
  return changed;
}

describe("completeActionInText", () => {
  it("ticks exactly the shown line in a CRLF note, in the line's own format; every other byte stays", () => {
    const row = rowFor("Draft the project proposal");
    const before = files[SESSION_2] ?? "";
    const result = completeActionInText(before, row, TODAY, "tasks");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.line).toBe(row.line);
    expect(changedLines(before, result.text)).toEqual([
      [row.line, "- [/] Draft the project proposal [due:: 2026-12-01]", "- [x] Draft the project proposal [due:: 2026-12-01] [completion:: 2026-11-22]"],
    ]);
    expect(result.text.split("\r\n").length).toBe(before.split("\r\n").length);
    expect(result.text.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("ticks a tab-nested Danish action in a note with a BOM and keeps the BOM", () => {
    const row = rowFor("Markér de tre vigtigste");
    const before = files[MOTE_1] ?? "";
    const result = completeActionInText(before, row, TODAY, "dataview");
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith("\uFEFF---")).toBe(true);
    expect(changedLines(before, result.text)).toEqual([[row.line, "\t- [ ] Markér de tre vigtigste 📅 2026-10-29", "\t- [x] Markér de tre vigtigste 📅 2026-10-29 ✅ 2026-11-22"]]);
  });

  it("finds a line that moved, once, by its content", () => {
    const row = rowFor("Practise the pitch with a colleague");
    const before = files[SESSION_2] ?? "";
    const moved = before.replace("## Actions\r\n", "## Actions\r\nA new first line.\r\n\r\n");
    const result = completeActionInText(moved, row, TODAY, "tasks");
    if (!result.ok) throw new Error(result.reason);
    expect(result.line).toBe(row.line + 2);
    expect(changedLines(moved, result.text)).toEqual([[row.line + 2, "- [ ] Practise the pitch with a colleague", "- [ ] Practise the pitch with a colleague".replace("[ ]", "[x]") + " ✅ 2026-11-22"]]);
  });

  it("refuses a line that changed, and one that moved and now has a twin", () => {
    const row = rowFor("Ask HR about the leadership course");
    const before = files[SESSION_2] ?? "";
    const changed = before.replace("leadership course [due:: 2026-10-20]", "leadership course [due:: 2026-10-27]");
    const refused = completeActionInText(changed, row, TODAY, "tasks");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toBe(`The task shown at line ${row.line + 1} is no longer in the note (it was changed or removed); nothing was written.`);

    // The shown line moved down, and a copy of it was pasted too: two candidates, so neither is ticked.
    const lines = splitLines(before);
    lines.splice(row.line, 1, { text: "- [ ] Something else now", eol: "\r\n" });
    lines.push({ text: row.raw, eol: "\r\n" }, { text: row.raw, eol: "\r\n" });
    const ambiguous = completeActionInText(lines.map((line) => line.text + line.eol).join(""), row, TODAY, "tasks");
    expect(ambiguous.ok).toBe(false);
    expect(ambiguous).toEqual({
      ok: false,
      reason: `The task shown at line ${row.line + 1} moved, and 2 identical lines now match it; nothing was written so as not to tick the wrong one.`,
    });
  });

  it("ticks the line shown when an identical line stands elsewhere, and finds a line the shortened note moved up", () => {
    const twins = "## Actions\n- [ ] Call Ann\n- [ ] Call Ann\n";
    const second = completeActionInText(twins, { line: 2, raw: "- [ ] Call Ann" }, TODAY, "tasks");
    expect(second).toEqual({ ok: true, text: "## Actions\n- [ ] Call Ann\n- [x] Call Ann ✅ 2026-11-22\n", line: 2 });
    // Shown at line 5, the note now has three lines: the line is looked for by its content, past the end.
    const shorter = completeActionInText("## Actions\n- [ ] Call Ann\n", { line: 5, raw: "- [ ] Call Ann" }, TODAY, "tasks");
    expect(shorter).toEqual({ ok: true, text: "## Actions\n- [x] Call Ann ✅ 2026-11-22\n", line: 1 });
  });

  it("refuses a line that is no longer a task, and an unreadable today", () => {
    const text = "# Note\n- [ ] Call Ann\n";
    expect(completeActionInText("# Note\nCall Ann\n", { line: 1, raw: "Call Ann" }, TODAY, "tasks")).toEqual({
      ok: false,
      reason: "Line 2 is not a task line any more; nothing was written.",
    });
    expect(completeActionInText(text, { line: 1, raw: "- [ ] Call Ann" }, "22/11/2026", "tasks")).toEqual({
      ok: false,
      reason: '"22/11/2026" is not a date in YYYY-MM-DD form; nothing was written.',
    });
    expect(uncompleteActionInText("# Note\nCall Ann\n", { line: 1, raw: "Call Ann" })).toEqual({ ok: false, reason: "Line 2 is not a task line any more; nothing was written." });
  });

  it("changes only the target line, whatever the note around it (property)", () => {
    const lineArb = fc.oneof(
      fc.string({ maxLength: 20 }).map((text) => text.replace(/[\r\n]/g, "")),
      fc.constantFrom("- [ ] Call Ann 📅 2026-12-01", "  - [/] Read [due:: 2026-11-01]", "- [x] Done ✅ 2026-10-01", "## Actions"),
    );
    const eolArb = fc.constantFrom("\n", "\r\n");
    fc.assert(
      fc.property(fc.array(fc.tuple(lineArb, eolArb), { minLength: 1, maxLength: 12 }), fc.nat(), (pairs, pick) => {
        const text = pairs.map(([line, eol]) => line + eol).join("");
        const target = pick % pairs.length;
        const raw = pairs[target]?.[0] ?? "";
        const result = completeActionInText(text, { line: target, raw }, TODAY, "tasks");
        if (!result.ok) return;
        const before = splitLines(text);
        const after = splitLines(result.text);
        expect(after.length).toBe(before.length);
        after.forEach((line, i) => {
          expect(line.eol).toBe(before[i]?.eol);
          if (i !== result.line) expect(line.text).toBe(before[i]?.text);
        });
        expect(result.line).toBe(target);
      }),
      runs(1000),
    );
  });
});

describe("uncompleteActionInText", () => {
  it("unticks a done action and removes its completion date, nothing else", () => {
    const row = rowFor("Share the feedback template");
    const before = files[SESSION_2] ?? "";
    const result = uncompleteActionInText(before, row);
    if (!result.ok) throw new Error(result.reason);
    expect(changedLines(before, result.text)).toEqual([
      [
        row.line,
        "- [x] Share the feedback template [owner:: mentor] [due:: 2026-10-10] [completion:: 2026-10-09]",
        "- [ ] Share the feedback template [owner:: mentor] [due:: 2026-10-10]",
      ],
    ]);
  });

  it("round-trips: ticking then unticking gives the original bytes back", () => {
    const row = rowFor("Send en artikel om prioritering");
    const before = files[MOTE_1] ?? "";
    const done = completeActionInText(before, row, TODAY, "tasks");
    if (!done.ok) throw new Error(done.reason);
    const doneLine = splitLines(done.text)[done.line]?.text ?? "";
    const undone = uncompleteActionInText(done.text, { line: done.line, raw: doneLine });
    if (!undone.ok) throw new Error(undone.reason);
    expect(undone.text).toBe(before);
  });
});

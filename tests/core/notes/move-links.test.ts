import { describe, expect, it } from "vitest";
import { BACK_LINK, FORWARD_LINK, linkedNames } from "../../../src/core/notes/move-links";

describe("linkedNames", () => {
  it("reads every link note of one kind in a line, in order and in either language, as names to compare", () => {
    const line = "- [>] Send the draft (moved to [[Mentoring/Kim/2026-10-20 Session 2|next time]]) (flyttet til [[Møde 3#Aktioner]])";
    expect(linkedNames(line, FORWARD_LINK)).toEqual(["2026-10-20 session 2", "møde 3"]);
    expect(linkedNames(line, BACK_LINK)).toEqual([]);
  });

  it("reads a back link and leaves the pattern ready for the next line", () => {
    const copy = "- [ ] Send the draft (moved from [[Session 1.md]])";
    expect(linkedNames(copy, BACK_LINK)).toEqual(["session 1"]);
    expect(BACK_LINK.lastIndex).toBe(0);
    expect(linkedNames(copy, BACK_LINK)).toEqual(["session 1"]);
  });

  it("finds nothing in a line without link notes, or with a plain wiki link", () => {
    expect(linkedNames("- [ ] Read [[Project notes]] → [[Session 2]]", FORWARD_LINK)).toEqual([]);
    expect(linkedNames("", BACK_LINK)).toEqual([]);
  });
});

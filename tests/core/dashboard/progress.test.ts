import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { progressOf } from "../../../src/core/dashboard/progress";

const AGREEMENT = ["---", "type: mentoring-agreement", "mentee: Jane Doe", "role: mentor", "cadence_days: 14", "status: active", "---", "## Goals", "- [ ] Lead", ""].join("\n");

function session(number: number, date: string | null, actions: string[]): string {
  return ["---", "type: mentoring-session", "mentee: Jane Doe", `session: ${number}`, ...(date ? [`date: ${date}`] : []), "---", "## Actions", ...actions, ""].join("\n");
}

describe("progressOf", () => {
  it("counts each session's actions by state, in meeting order, with the days between meetings", () => {
    const index = new VaultIndex([
      ["M/Jane/Agreement.md", AGREEMENT],
      ["M/Jane/2 .md", session(2, "2026-10-04", ["- [x] a ✅ 2026-10-05", "- [ ] b", "- [-] c"])],
      ["M/Jane/1 .md", session(1, "2026-09-06", ["- [x] d", "- [>] e", "- [/] f", "- [?] g"])],
      ["M/Jane/3 .md", session(3, null, [])],
    ]);
    const relationship = index.relationships()[0];
    if (!relationship) throw new Error("expected a relationship");
    expect(progressOf(relationship)).toEqual({
      cadenceDays: 14,
      rows: [
        { file: "M/Jane/1 .md", number: 1, date: "2026-09-06", agreed: 4, done: 1, forwarded: 1, cancelled: 0, open: 2, daysSincePrevious: null },
        { file: "M/Jane/2 .md", number: 2, date: "2026-10-04", agreed: 3, done: 1, forwarded: 0, cancelled: 1, open: 1, daysSincePrevious: 28 },
        { file: "M/Jane/3 .md", number: 3, date: null, agreed: 0, done: 0, forwarded: 0, cancelled: 0, open: 0, daysSincePrevious: null },
      ],
    });
  });
});

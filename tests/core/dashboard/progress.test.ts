import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { progressOf } from "../../../src/core/dashboard/progress";
import { buildDashboard, dashboardToJson, type DashboardModel } from "../../../src/core/dashboard/dashboard";
import { dashboardToMarkdown, dashboardToText } from "../../../src/core/dashboard/dashboard-text";

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
    expect(progressOf(relationship)).toEqual([
      { file: "M/Jane/1 .md", number: 1, date: "2026-09-06", agreed: 4, done: 1, forwarded: 1, cancelled: 0, open: 2, daysSincePrevious: null },
      { file: "M/Jane/2 .md", number: 2, date: "2026-10-04", agreed: 3, done: 1, forwarded: 0, cancelled: 1, open: 1, daysSincePrevious: 28 },
      { file: "M/Jane/3 .md", number: 3, date: null, agreed: 0, done: 0, forwarded: 0, cancelled: 0, open: 0, daysSincePrevious: null },
    ]);
  });
});

describe("the dashboard's progress and end date", () => {
  const sessionWith = (number: number, date: string, actions: string[]): string => session(number, date, actions);
  const agreementEnding = (end: string, status: string): string => AGREEMENT.replace("status: active", `status: ${status}\nend: ${end}`);

  it("JSON relationships carry progress in session order, endPassed and each goal's achieved date", () => {
    const files: Array<[string, string]> = [
      ["M/Jane/Agreement.md", agreementEnding("2026-11-30", "active").replace("- [ ] Lead", "- [x] Lead ✅ 2026-11-02")],
      ["M/Jane/b.md", sessionWith(2, "2026-10-04", ["- [ ] b"])],
      ["M/Jane/a.md", sessionWith(1, "2026-09-06", ["- [x] d", "- [>] e"])],
    ];
    const json = dashboardToJson(buildDashboard(new VaultIndex(files), { today: "2026-12-05" }));
    expect(json.relationships[0]).toMatchObject({
      endPassed: true,
      goals: [{ text: "Lead", achieved: true, achievedOn: "2026-11-02" }],
      progress: [
        { file: "M/Jane/a.md", number: 1, date: "2026-09-06", agreed: 2, done: 1, forwarded: 1, cancelled: 0, open: 0 },
        { file: "M/Jane/b.md", number: 2, date: "2026-10-04", agreed: 1, done: 0, forwarded: 0, cancelled: 0, open: 1 },
      ],
    });
  });

  it("endPassed is false on the end date itself, after it when ended, and without an end date", () => {
    const endPassed = (agreement: string): boolean | undefined =>
      buildDashboard(new VaultIndex([["M/J/Agreement.md", agreement]]), { today: "2026-12-05" }).relationships[0]?.endPassed;
    expect(endPassed(agreementEnding("2026-12-05", "active"))).toBe(false);
    expect(endPassed(agreementEnding("2026-12-04", "active"))).toBe(true);
    expect(endPassed(agreementEnding("2026-12-04", "ended"))).toBe(false);
    expect(endPassed(AGREEMENT)).toBe(false);
  });
});

describe("progress in the text and Markdown dashboards", () => {
  const files: Array<[string, string]> = [
    ["M/Jane/Agreement.md", AGREEMENT.replace("status: active", "status: active\nend: 2026-11-30")],
    ["M/Jane/a.md", session(1, "2026-09-06", ["- [x] d", "- [>] e", "- [ ] f"])],
    ["M/Jane/b.md", session(2, "2026-10-04", ["- [-] b"])],
  ];
  const progressModel = (): DashboardModel => buildDashboard(new VaultIndex(files), { today: "2026-12-05" });

  it("text: a short table per relationship, and the passed end date flagged", () => {
    const lines = dashboardToText(progressModel(), { color: false }).split("\n");
    const at = lines.indexOf("Progress");
    expect(lines.slice(at, at + 5)).toEqual([
      "Progress",
      "  Jane Doe",
      "    Session  Date        Agreed  Done  Moved on  Cancelled  Open  Days since the last",
      "    1        2026-09-06  3       1     1         0          1     —",
      "    2        2026-10-04  1       0     0         1          0     28",
    ]);
    expect(lines.find((line) => line.startsWith("  Jane Doe  "))).toMatch(/end date passed$/);
  });

  it("markdown: the same table", () => {
    const markdown = dashboardToMarkdown(progressModel(), { lang: "da" });
    expect(markdown).toContain(
      ["## Forløbet indtil nu", "", "### Jane Doe", "", "| Møde | Dato | Aftalt | Udført | Flyttet | Annulleret | Åbne | Dage siden sidst |", "| --- | --- | --- | --- | --- | --- | --- | --- |", "| 1 | 2026-09-06 | 3 | 1 | 1 | 0 | 1 | — |", "| 2 | 2026-10-04 | 1 | 0 | 0 | 1 | 0 | 28 |"].join("\n"),
    );
  });
});

// The example vault (what `npm start` installs and prints) shows what the product does: it must stay valid
// and show a private callout, a focus, and a relationship with enough sessions for a picture of progress.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDashboard, type DashboardModel } from "../../src/core/dashboard/dashboard";
import { VaultIndex } from "../../src/core/index/vault-index";
import { renderSummary, summariseSession } from "../../src/core/share/summary";
import { loadVault } from "../fixtures/load-vault";

const EXAMPLE = join(fileURLToPath(new URL("../../", import.meta.url)), "example-vault");
const TODAY = "2026-11-23";

describe("the example vault", () => {
  const files = loadVault(EXAMPLE);
  const exampleModel = (): DashboardModel => buildDashboard(new VaultIndex(Object.entries(files)), { today: TODAY, showDone: true });

  it("lists no problems", () => {
    expect(exampleModel().problems).toEqual([]);
  });

  it("has a relationship with at least five sessions, mixed action states, past its end date", () => {
    const omar = exampleModel().relationships.find((row) => row.name === "Omar Haddad");
    expect(omar?.progress.length).toBeGreaterThanOrEqual(5);
    const total = (key: "done" | "forwarded" | "cancelled" | "open"): number => (omar?.progress ?? []).reduce((sum, row) => sum + row[key], 0);
    for (const key of ["done", "forwarded", "cancelled", "open"] as const) expect(total(key), key).toBeGreaterThan(0);
    expect(omar?.endPassed).toBe(true);
    expect(omar?.focus).toBe("professional");
  });

  it("shows private callouts the summary leaves out, and a focus it keeps", () => {
    const path = "Mentoring/Omar Haddad/2026-08-17 Session 4.md";
    const text = files[path] ?? "";
    expect(text).toMatch(/^> \[!private\]/m);
    const result = summariseSession(path, text, "en");
    if (!result.ok) throw new Error("expected a summary");
    const out = renderSummary(result.summary, "markdown");
    expect(out).toContain("**Focus:** relational");
    expect(out).not.toContain("Mikkel from a project");
    const jane = files["Mentoring/Jane Doe/2026-11-16 Session 4.md"] ?? "";
    const janeSummary = summariseSession("s.md", jane, "en");
    if (!janeSummary.ok) throw new Error("expected a summary");
    expect(renderSummary(janeSummary.summary, "text")).not.toContain("tempted to give advice");
  });

  it("has notes in both languages", () => {
    expect(files["Mentoring/Mette Lund/Agreement.md"]).toContain("# Mentoraftale");
    expect(files["Mentoring/Omar Haddad/Agreement.md"]).toContain("# Mentoring agreement");
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { Component } from "../fakes/obsidian";
import { buildDashboard } from "../../src/core/dashboard/dashboard";
import { VaultIndex } from "../../src/core/index/vault-index";
import { translate } from "../../src/core/i18n";
import { ALL_SECTIONS, DashboardRenderer } from "../../src/plugin/dashboard/render";

const AGREEMENT = ["---", "type: mentoring-agreement", "mentee: Jane Doe", "role: mentor", "cadence_days: 14", "status: active", "---", "## Goals", "- [ ] Lead", ""].join("\n");
const session = (number: number, date: string, actions: string[]): string =>
  ["---", "type: mentoring-session", "mentee: Jane Doe", `session: ${number}`, `date: ${date}`, "---", "## Actions", ...actions, ""].join("\n");

function drawn(lang: "en" | "da" = "en"): HTMLElement {
  const index = new VaultIndex([
    ["M/Jane/Agreement.md", AGREEMENT],
    ["M/Jane/1.md", session(1, "2026-09-06", ["- [x] a", "- [>] b", "- [ ] c"])],
    ["M/Jane/2.md", session(2, "2026-10-04", ["- [-] d"])],
  ]);
  const el = document.body.createDiv();
  const renderer = new DashboardRenderer(new Component() as never, el, (key, vars) => translate(lang, key, vars), { tick: () => Promise.resolve(false), open: () => undefined, endRelationship: () => undefined });
  renderer.draw(buildDashboard(index, { today: "2026-12-05" }), { parts: ["progress"], problems: "when-any" });
  return el;
}

describe("the progress chart", () => {
  it("draws one stacked bar per session, a part per state that has actions, with the session numbers below", () => {
    const el = drawn();
    const svg = el.querySelector("svg.mentoring-progress-chart");
    expect(svg?.getAttribute("role")).toBe("img");
    expect(svg?.getAttribute("aria-label")).toBe("Actions per session with Jane Doe: done, moved on, cancelled and still open");
    expect(Array.from(el.querySelectorAll("rect")).map((rect) => rect.getAttribute("class"))).toEqual([
      "mentoring-progress-done",
      "mentoring-progress-forwarded",
      "mentoring-progress-open",
      "mentoring-progress-cancelled",
    ]);
    expect(Array.from(el.querySelectorAll("svg text")).map((text) => text.textContent)).toEqual(["1", "2"]);
    el.remove();
  });

  it("gives screen readers the numbers as a table", () => {
    const el = drawn("da");
    const rows = Array.from(el.querySelectorAll("table.mentoring-visually-hidden tr")).map((tr) => Array.from(tr.children).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["Møde", "Dato", "Aftalt", "Udført", "Flyttet", "Annulleret", "Åbne", "Dage siden sidst"],
      ["1", "2026-09-06", "3", "1", "1", "0", "1", "—"],
      ["2", "2026-10-04", "1", "0", "0", "1", "0", "28"],
    ]);
    el.remove();
  });

  it("is part of the dashboard view", () => {
    expect(ALL_SECTIONS.parts).toContain("progress");
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { buildDashboard } from "../../../src/core/dashboard/dashboard";
import { modelData } from "../../fixtures/dashboard-data";
import { loadVault } from "../../fixtures/load-vault";
import { runs } from "../../setup/property-runs";

const TODAY = "2026-11-22";
const JANE = "Mentoring/Jane Doe";
const files = loadVault();

function fixtureIndex(): VaultIndex {
  return new VaultIndex(Object.entries(files));
}

function agreementText(mentee: string, goals: string[] = []): string {
  return `---\ntype: mentoring-agreement\nmentee: ${mentee}\nrole: mentor\nstatus: active\ncadence_days: 14\n---\n## Goals\n${goals.join("\n")}\n`;
}

describe("VaultIndex on the fixture vault", () => {
  it("keeps only mentoring notes", () => {
    const index = fixtureIndex();
    expect(index.noteCount).toBe(12);
    expect(index.has("Projects/Kitchen renovation.md")).toBe(false);
    expect(index.has("Daily/2026-11-20.md")).toBe(false);
    expect(index.has(`${JANE}/Agreement.md`)).toBe(true);
  });

  it("keys relationships by the agreement's folder; sessions in subfolders belong to the nearest agreement above", () => {
    const index = fixtureIndex();
    expect(index.relationships().map((relationship) => relationship.folder)).toEqual([
      "Mentoring/Bob Stone",
      JANE,
      "Mentoring/Søren Ødegård",
    ]);
    expect(index.relationship(JANE)?.sessions.map((session) => session.file)).toEqual([
      `${JANE}/2026-09-06 Session 1.md`,
      `${JANE}/2026-10-04 Session 2.md`,
      `${JANE}/Archive/2026-11-01 Session 3.md`,
    ]);
    expect(index.relationshipFolderOf(`${JANE}/Archive/2026-11-01 Session 3.md`)).toBe(JANE);
    expect(index.relationshipFolderOf(`${JANE}/Archive`)).toBe(JANE);
    expect(index.relationshipFolderOf("Inbox/2026-11-05 Session with Kim.md")).toBeNull();
  });

  it("lists agreements and sessions by path, the second agreement and the orphan session included", () => {
    const index = fixtureIndex();
    expect(index.agreements().map((agreement) => agreement.file)).toEqual([
      "Mentoring/Bob Stone/Agreement 1.md",
      "Mentoring/Bob Stone/Agreement.md",
      `${JANE}/Agreement.md`,
      "Mentoring/Søren Ødegård/Aftale.md",
    ]);
    expect(index.sessions().map((session) => session.file)).toContain("Inbox/2026-11-05 Session with Kim.md");
    expect(index.sessions()).toHaveLength(8);
  });

  it("uses the shorter-named agreement of a folder and reports the other; deleting it promotes the copy", () => {
    const index = fixtureIndex();
    expect(index.relationship("Mentoring/Bob Stone")?.agreement.file).toBe("Mentoring/Bob Stone/Agreement.md");
    expect(index.problems().filter((problem) => problem.file === "Mentoring/Bob Stone/Agreement 1.md")).toHaveLength(1);
    index.delete("Mentoring/Bob Stone/Agreement.md");
    expect(index.relationship("Mentoring/Bob Stone")?.agreement.file).toBe("Mentoring/Bob Stone/Agreement 1.md");
    expect(index.problems().some((problem) => problem.reason.includes("second agreement"))).toBe(false);
  });

  it("adopts an orphan session when an agreement appears above it, and lets it go when that one leaves", () => {
    const index = fixtureIndex();
    const orphan = "Inbox/2026-11-05 Session with Kim.md";
    expect(index.problems().some((problem) => problem.file === orphan)).toBe(true);
    index.set("Inbox/Agreement.md", agreementText("Kim"));
    expect(index.relationship("Inbox")?.sessions.map((session) => session.file)).toEqual([orphan]);
    expect(index.problems().some((problem) => problem.file === orphan)).toBe(false);
    index.delete("Inbox/Agreement.md");
    expect(index.relationship("Inbox")).toBeUndefined();
    expect(index.problems().some((problem) => problem.file === orphan)).toBe(true);
  });
});

describe("VaultIndex versions", () => {
  it("bumps on a change that matters and only then", () => {
    const index = fixtureIndex();
    const path = `${JANE}/2026-10-04 Session 2.md`;
    const text = files[path] ?? "";
    let version = index.version;
    index.set(path, text);
    expect(index.version).toBe(version);
    index.set(path, text.replace("Jane tried two.", "Jane tried two, and it went well."));
    expect(index.version).toBe(version); // the summary is not part of the model
    index.set(path, text.replace("Practise the pitch", "Practise the pitch twice"));
    expect(index.version).toBeGreaterThan(version);
    version = index.version;
    index.set("Projects/Kitchen renovation.md", "- [ ] anything");
    index.delete("Projects/Nope.md");
    index.rename("Projects/Nope.md", "Projects/Still nope.md");
    expect(index.version).toBe(version);
    index.set(path, "No longer a session.");
    expect(index.has(path)).toBe(false);
    expect(index.version).toBeGreaterThan(version);
  });

  it("stays the same on a rename to the same path, and on deleting an empty or unknown folder", () => {
    const index = fixtureIndex();
    const version = index.version;
    index.rename(`${JANE}/Agreement.md`, `${JANE}/Agreement.md`);
    index.deleteFolder("Projects");
    expect(index.version).toBe(version);
    expect(index.noteCount).toBe(fixtureIndex().noteCount);
  });
});

describe("VaultIndex: what was read before a change is read afresh after it", () => {
  const view = (index: VaultIndex) => {
    const relationship = index.relationship(JANE);
    return { agreement: relationship?.agreement, sessions: relationship?.sessions, open: relationship?.openActions };
  };
  const edits: Array<[what: string, path: string, before: string, after: string]> = [
    ["the agreement", `${JANE}/Agreement.md`, "status: active", "status: ended"],
    ["a session in a subfolder", `${JANE}/Archive/2026-11-01 Session 3.md`, "- [ ] Reflect on the time-out question", "- [ ] Reflect again on the time-out question"],
    ["a session beside the agreement", `${JANE}/2026-10-04 Session 2.md`, "- [ ] Practise the pitch with a colleague", "- [ ] Practise the pitch twice"],
  ];

  it.each(edits)("an edit to %s shows in the relationship read on its own and in the dashboard", (_what, path, before, after) => {
    const edited = { ...files, [path]: (files[path] ?? "").replace(before, after) };
    expect(edited[path]).not.toBe(files[path]);
    const alone = fixtureIndex();
    view(alone);
    alone.set(path, edited[path] ?? "");
    const withDashboard = fixtureIndex();
    buildDashboard(withDashboard, { today: TODAY });
    withDashboard.set(path, edited[path] ?? "");
    const fresh = new VaultIndex(Object.entries(edited));
    expect(view(alone)).toEqual(view(fresh));
    expect(buildDashboard(withDashboard, { today: TODAY })).toEqual(buildDashboard(fresh, { today: TODAY }));
  });

  it("deleting one folder leaves the notes of the others", () => {
    const index = fixtureIndex();
    index.deleteFolder(JANE);
    const fresh = new VaultIndex(Object.entries(files).filter(([path]) => !path.startsWith(`${JANE}/`)));
    expect(index.noteCount).toBe(fresh.noteCount);
    expect(buildDashboard(index, { today: TODAY })).toEqual(buildDashboard(fresh, { today: TODAY }));
  });
});

describe("VaultIndex.rename", () => {
  it("re-keys a note without reading it again, fields included", () => {
    const index = fixtureIndex();
    const from = `${JANE}/2026-10-04 Session 2.md`;
    const to = `${JANE}/Archive/2026-10-04 Session 2.md`;
    index.rename(from, to);
    const fresh = new VaultIndex(Object.entries({ ...withoutKey(files, from), [to]: files[from] ?? "" }));
    expect(index.get(to)).toEqual(fresh.get(to));
    expect(index.has(from)).toBe(false);
    expect(buildDashboard(index, { today: TODAY })).toEqual(buildDashboard(fresh, { today: TODAY }));
  });

  it("moves a whole relationship folder", () => {
    const index = fixtureIndex();
    index.rename(JANE, "Mentoring/Jane Smith");
    const moved = Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(`${JANE}/`, "Mentoring/Jane Smith/"), text]));
    const fresh = new VaultIndex(Object.entries(moved));
    expect(buildDashboard(index, { today: TODAY })).toEqual(buildDashboard(fresh, { today: TODAY }));
    expect(index.problems()).toEqual(fresh.problems());
  });

  it("drops a note renamed to a name that is not Markdown", () => {
    const index = fixtureIndex();
    index.rename(`${JANE}/Agreement.md`, `${JANE}/Agreement.txt`);
    expect(index.relationship(JANE)).toBeUndefined();
    expect(index.noteCount).toBe(11);
  });
});

function withoutKey(record: Record<string, string>, key: string): Record<string, string> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

// ---- Property: incremental updates equal a fresh index built from the final files ----

const FOLDERS = ["", "M", "M/Ann", "M/Ann/Old", "M/Ben", "Notes"];
const NAMES = ["Agreement.md", "Aftale.md", "2026-10-01 Session 1.md", "2026-11-01 Session 2.md", "Ideas.md"];
const DATES = ["2026-09-01", "2026-10-20", "2026-11-22", "2026-12-24"];

const pathArb = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([folder, name]) => (folder ? `${folder}/${name}` : name));

const actionArb = fc
  .record({
    status: fc.constantFrom(" ", "x", "/", "-", ">", "?"),
    text: fc.constantFrom("Call Ann", "Read the book", "Write æøå", "Plan 🚀"),
    due: fc.option(fc.constantFrom(...DATES), { nil: null }),
    dataview: fc.boolean(),
    mentor: fc.boolean(),
    nested: fc.boolean(),
  })
  .map(({ status, text, due, dataview, mentor, nested }) => {
    const owner = mentor ? " [owner:: mentor]" : "";
    const date = due === null ? "" : dataview ? ` [due:: ${due}]` : ` 📅 ${due}`;
    return `${nested ? "  " : ""}- [${status}] ${text}${owner}${date}`;
  });

const noteArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      role: fc.constantFrom("mentor", "mentee", "guide"),
      goals: fc.array(fc.constantFrom("- [ ] Grow", "- [x] Learn ✅ 2026-10-01", "- [ ] Lead"), { maxLength: 5 }),
      cadence: fc.constantFrom("14", "28", "soon"),
      next: fc.option(fc.constantFrom(...DATES), { nil: null }),
    })
    .map(
      ({ role, goals, cadence, next }) =>
        `---\ntype: mentoring-agreement\nmentee: Ann\nmentor: Ben\nrole: ${role}\nstart: 2026-09-01\ncadence_days: ${cadence}\n${next ? `next: ${next}\n` : ""}status: active\n---\n## Goals\n${goals.join("\n")}\n`,
    ),
  fc
    .record({
      date: fc.option(fc.constantFrom(...DATES), { nil: null }),
      phase: fc.constantFrom("start", "middle", "final", "later"),
      actions: fc.array(actionArb, { maxLength: 5 }),
      danish: fc.boolean(),
      crlf: fc.boolean(),
    })
    .map(({ date, phase, actions, danish, crlf }) => {
      const text = `---\ntype: mentoring-session\nsession: 1\n${date ? `date: ${date}\n` : ""}phase: ${phase}\n---\n## ${danish ? "Handlinger" : "Actions"}\n${actions.join("\n")}\n`;
      return crlf ? text.replace(/\n/g, "\r\n") : text;
    }),
  fc.constantFrom("# Just a note\n- [ ] Buy milk 📅 2026-09-01\n", "---\ntype: mentoring-session\ndate: [broken\n---\n## Actions\n- [ ] Still read\n"),
);

type Operation =
  | { kind: "set"; path: string; text: string }
  | { kind: "delete"; path: string }
  | { kind: "rename"; from: string; to: string }
  | { kind: "renameFolder"; from: string; to: string };

const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("set" as const), path: pathArb, text: noteArb }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("delete" as const), path: pathArb }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant("rename" as const), from: pathArb, to: fc.oneof(pathArb, pathArb.map((path) => path.replace(/\.md$/, ".txt"))) }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("renameFolder" as const), from: fc.constantFrom("M/Ann", "M/Ben", "M"), to: fc.constantFrom("M/Cy", "Archive", "M/Ann/Sub") }), weight: 1 },
);

/** Obsidian refuses to rename onto an existing file or into a folder that already exists. */
function renameAllowed(vault: Map<string, string>, operation: Operation): boolean {
  if (operation.kind === "rename") return vault.has(operation.from) && operation.from !== operation.to && !vault.has(operation.to);
  if (operation.kind === "renameFolder") {
    return !operation.to.startsWith(`${operation.from}/`) && ![...vault.keys()].some((path) => path.startsWith(`${operation.to}/`) || path === operation.to);
  }
  return true;
}

/** What the vault holds after an operation, as the plugin would see it (Markdown files only). */
function applyToFiles(vault: Map<string, string>, operation: Operation): void {
  switch (operation.kind) {
    case "set":
      vault.set(operation.path, operation.text);
      return;
    case "delete":
      vault.delete(operation.path);
      return;
    case "rename": {
      const text = vault.get(operation.from);
      if (text === undefined) return;
      vault.delete(operation.from);
      if (operation.to.endsWith(".md")) vault.set(operation.to, text);
      return;
    }
    case "renameFolder": {
      for (const [path, text] of [...vault]) {
        if (!path.startsWith(`${operation.from}/`)) continue;
        vault.delete(path);
        vault.set(`${operation.to}/${path.slice(operation.from.length + 1)}`, text);
      }
    }
  }
}

function applyToIndex(index: VaultIndex, operation: Operation): void {
  switch (operation.kind) {
    case "set":
      index.set(operation.path, operation.text);
      return;
    case "delete":
      index.delete(operation.path);
      return;
    case "rename":
    case "renameFolder":
      index.rename(operation.from, operation.to);
  }
}

describe("VaultIndex incremental updates (property)", () => {
  it("give the same dashboard and problems as a fresh index of the final files", () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 25 }), fc.array(fc.nat(25), { maxLength: 4 }), (operations, peeks) => {
        const vault = new Map<string, string>();
        const index = new VaultIndex();
        operations.forEach((operation, at) => {
          if (!renameAllowed(vault, operation)) return;
          applyToIndex(index, operation);
          applyToFiles(vault, operation);
          // Reading the index between changes fills its caches, which later changes must keep right.
          if (peeks.includes(at)) buildDashboard(index, { today: TODAY, showDone: true });
        });
        const fresh = new VaultIndex([...vault].sort(([a], [b]) => (a < b ? -1 : 1)));
        for (const options of [{ today: TODAY, showDone: true }, { today: "2026-10-15", owner: "me" as const }]) {
          expect(modelData(buildDashboard(index, options))).toEqual(modelData(buildDashboard(fresh, options)));
        }
        expect(index.problems()).toEqual(fresh.problems());
        expect(index.noteCount).toBe(fresh.noteCount);
        expect(index.agreements()).toEqual(fresh.agreements());
        expect(index.sessions()).toEqual(fresh.sessions());
      }),
      runs(1000),
    );
  });
});

describe("VaultIndex: order of a relationship's open actions", () => {
  const dueDate = fc.option(
    fc.record({ year: fc.integer({ min: 1999, max: 2031 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
    { nil: null },
  );
  const pad = (value: number): string => String(value).padStart(2, "0");

  it("is by due date, undated last, then by file and line: the same as a stable sort of file order", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(dueDate, fc.boolean()), { maxLength: 12 }), { minLength: 1, maxLength: 6 }), (sessions) => {
        const entries: Array<[string, string]> = [["Mentoring/Åse/Agreement.md", agreementText("Åse")]];
        sessions.forEach((actions, n) => {
          const lines = actions.map(([due, dataview], i) => {
            if (due === null) return `- [ ] Opgave ${i} 🎯`;
            const date = `${due.year}-${pad(due.month)}-${pad(due.day)}`;
            return dataview ? `- [ ] Opgave ${i} [due:: ${date}]` : `- [ ] Opgave ${i} 📅 ${date}`;
          });
          const text = `---\ntype: mentoring-session\nsession: ${n + 1}\ndate: 2026-0${(n % 9) + 1}-10\n---\n## Actions\n${lines.join("\n")}\n`;
          entries.push([`Mentoring/Åse/Session ${n + 1}.md`, text]);
        });
        const relationship = new VaultIndex(entries).relationship("Mentoring/Åse");
        if (!relationship) throw new Error("the relationship is missing");
        const inFileOrder = [...relationship.sessions]
          .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
          .flatMap((session) => session.actions.filter((action) => action.state === "open"));
        const byDue = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
        const expected = [...inFileOrder].sort((a, b) => byDue(a.task.due, b.task.due));
        expect(relationship.openActions.map((action) => `${action.file}:${action.line}`)).toEqual(expected.map((action) => `${action.file}:${action.line}`));
      }),
      runs(1000),
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AgreementFolders } from "../../../src/core/index/agreement-folders";
import { runs } from "../../setup/property-runs";

describe("AgreementFolders", () => {
  it("keeps folders in code-unit order and the shortest agreement of a folder first", () => {
    const folders = new AgreementFolders();
    for (const path of ["Mentoring/Åse/Agreement 1.md", "Mentoring/Zoe/Agreement.md", "Mentoring/Åse/Agreement.md", "Mentoring/Bo/Aftale.md"]) {
      folders.add(path);
    }
    expect(folders.folders).toEqual(["Mentoring/Bo", "Mentoring/Zoe", "Mentoring/Åse"]);
    expect(folders.pathsIn("Mentoring/Åse")).toEqual(["Mentoring/Åse/Agreement.md", "Mentoring/Åse/Agreement 1.md"]);
    expect(folders.pathsIn("Mentoring/None")).toEqual([]);

    folders.remove("Mentoring/Åse/Agreement.md");
    expect(folders.pathsIn("Mentoring/Åse")).toEqual(["Mentoring/Åse/Agreement 1.md"]);
    folders.remove("Mentoring/Åse/Agreement 1.md");
    expect(folders.folders).toEqual(["Mentoring/Bo", "Mentoring/Zoe"]);
  });

  it("finds the nearest agreement at or above a folder, the vault root included", () => {
    const folders = new AgreementFolders();
    folders.add("Mentoring/Jane/Agreement.md");
    folders.add("Mentoring/Jane/2026/Agreement.md");
    expect(folders.nearest("Mentoring/Jane/2026/Q1")).toBe("Mentoring/Jane/2026");
    expect(folders.nearest("Mentoring/Jane/2025")).toBe("Mentoring/Jane");
    expect(folders.nearest("Mentoring/Jane")).toBe("Mentoring/Jane");
    expect(folders.nearest("Mentoring")).toBeNull();
    expect(folders.nearest("")).toBeNull();
    folders.add("Agreement.md");
    expect(folders.nearest("Other/Deep/Folder")).toBe("");
  });

  it("holds what sorting the current agreements from scratch gives, whatever order they come and go in (property)", () => {
    const path = fc.tuple(fc.constantFrom("", "A", "A/B", "a", "Å", "A b"), fc.constantFrom("Agreement.md", "Agreement 1.md", "Aftale.md"))
      .map(([folder, name]) => (folder === "" ? name : `${folder}/${name}`));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), path), { maxLength: 25 }), (operations) => {
        const folders = new AgreementFolders();
        const current = new Set<string>();
        for (const [adding, at] of operations) {
          if (adding && !current.has(at)) {
            folders.add(at);
            current.add(at);
          } else if (!adding && current.has(at)) {
            folders.remove(at);
            current.delete(at);
          }
        }
        const folderOf = (file: string): string => (file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "");
        const expected = [...new Set([...current].map(folderOf))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(folders.folders).toEqual(expected);
        for (const folder of expected) {
          const paths = [...current].filter((file) => folderOf(file) === folder).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
          expect(folders.pathsIn(folder)).toEqual(paths);
        }
      }),
      runs(500),
    );
  });
});

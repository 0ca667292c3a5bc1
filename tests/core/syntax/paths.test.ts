import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { basenameOf, withoutMdExtension, folderOf, normalizeVaultPath, relationshipFolderPath, sanitizeName, sanitizeRootFolder } from "../../../src/core/syntax/paths";
import { isInsideFolder } from "../../fixtures/inside-folder";
import { runs } from "../../setup/property-runs";

describe("sanitizeName", () => {
  it.each([
    ["Jane Doe", "Jane Doe"],
    ["Søren Ærø-Østergård", "Søren Ærø-Østergård"],
    ["a/b\\c:d*e?f\"g<h>i|j", "a-b-c-d-e-f-g-h-i-j"],
    ["../../x", "x"],
    ["..", "Untitled"],
    [".hidden", "hidden"],
    ["  spaced   out  ", "spaced out"],
    ["trailing dot.", "trailing dot"],
    ["CON", "CON_"],
    // Windows reserves a device name with any extension (`con.x` is CON): the mark goes before the first dot.
    ["lpt1.txt", "lpt1_.txt"],
    ["con.x", "con_.x"],
    ["NUL.tar.gz", "NUL_.tar.gz"],
    ["console.md", "console.md"],
    ["\u0000\u0007bell", "bell"],
    ["del\u007fete", "delete"],
    ["Notes . .", "Notes"],
    ["．．／．．／etc", "etc"], // fullwidth look-alikes fold to ../../ and are removed
    ["", "Untitled"],
  ])("%j becomes %j", (input, expected) => {
    expect(sanitizeName(input)).toBe(expected);
  });

  it("cuts very long names to 100 characters and 240 bytes (a file name may have 255) without splitting an emoji", () => {
    expect(sanitizeName("a".repeat(300))).toBe("a".repeat(100));
    // 100 of these 4-byte emoji would be 400 bytes, more than any file system allows in a name.
    expect(sanitizeName("🙂".repeat(300))).toBe("🙂".repeat(60));
    // An emoji made of several code points joined (11 bytes) is kept whole or left out, never cut inside.
    expect(sanitizeName("🧑‍🏫".repeat(100))).toBe("🧑‍🏫".repeat(21));
    // A cut that ends on a blank drops it: a name never ends in a space.
    expect(sanitizeName(`${"a".repeat(99)} bc`)).toBe("a".repeat(99));
    expect(sanitizeName(`${"漢".repeat(79)} 漢漢`)).toBe("漢".repeat(79));
    // Nor in a dot, which Windows does not allow at the end of a name either.
    expect(sanitizeName(`${"a".repeat(99)}.b`)).toBe("a".repeat(99));
    expect(sanitizeName(`${"a".repeat(98)}. .b`)).toBe("a".repeat(98));
    expect(sanitizeName(`${"漢".repeat(79)}.漢漢`)).toBe("漢".repeat(79));
  });

  it("never ends in a dot or a space, wherever the cut to length falls (property)", () => {
    const nameAroundTheLimit = fc
      .array(fc.constantFrom("a", "漢", "🙂", ".", " ", ". "), { minLength: 60, maxLength: 140 })
      .map((parts) => `x${parts.join("")}`);
    fc.assert(
      fc.property(nameAroundTheLimit, (name) => {
        expect(sanitizeName(name)).not.toMatch(/[. ]$/);
      }),
      runs(1000),
    );
  });
});

describe("sanitizeRootFolder", () => {
  it.each([
    ["Mentoring", "Mentoring"],
    ["Work/Mentoring/", "Work/Mentoring"],
    ["../outside", "outside"],
    ["/abs/path", "abs/path"],
    ["C:\\Users\\me", "C-/Users/me"],
    ["", "Mentoring"],
    ["..", "Mentoring"],
  ])("%j becomes %j", (input, expected) => {
    expect(sanitizeRootFolder(input)).toBe(expected);
  });
});

describe("normalizeVaultPath", () => {
  it.each([
    ["Mentoring/Jane Doe/Agreement.md", "Mentoring/Jane Doe/Agreement.md"],
    ["Mentoring\\Jane Doe\\Agreement.md", "Mentoring/Jane Doe/Agreement.md"],
    ["./Mentoring//Jane Doe/./2026-11-22 Session 3.md", "Mentoring/Jane Doe/2026-11-22 Session 3.md"],
    ["/Mentoring/Jane Doe/", "Mentoring/Jane Doe"],
    // Only empty and `.` segments go: a hidden name and `..` are kept for the caller to judge.
    ["Mentoring/.drafts/../x.md", "Mentoring/.drafts/../x.md"],
    // macOS gives file names decomposed (e + combining accent); Obsidian's paths are composed.
    ["Mentoring/Se\u0301verine/Agreement.md", "Mentoring/S\u00e9verine/Agreement.md"],
    ["./", ""],
  ])("%j becomes %j", (input, expected) => {
    expect(normalizeVaultPath(input)).toBe(expected);
  });
});

describe("paths", () => {
  it("splits folders and base names", () => {
    expect(folderOf("Mentoring/Jane Doe/Agreement.md")).toBe("Mentoring/Jane Doe");
    expect(folderOf("Top.md")).toBe("");
    expect(basenameOf("Mentoring/Jane Doe/2026-11-22 Session 3.md")).toBe("2026-11-22 Session 3");
  });

  // The index takes a path ending in `.MD` for a note (any case, as on a case-insensitive disk), so its name
  // is read the same way everywhere: the dashboard, the links it follows and the problems it lists.
  it("takes `.md` off a base name in any case, and nothing else", () => {
    expect(basenameOf("Mentoring/Jane Doe/Agreement.MD")).toBe("Agreement");
    expect(basenameOf("Mentoring/Jane Doe/Agreement.Md")).toBe("Agreement");
    expect(basenameOf("Mentoring/Jane Doe/Agreement.mdx")).toBe("Agreement.mdx");
    expect(basenameOf("Mentoring/Jane Doe/Notes.md.txt")).toBe("Notes.md.txt");
    expect(withoutMdExtension("Mentoring/Jane Doe/Agreement.MD")).toBe("Mentoring/Jane Doe/Agreement");
    expect(withoutMdExtension("Mentoring/Jane Doe.md/Agreement")).toBe("Mentoring/Jane Doe.md/Agreement");
  });

  const hostile = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc.constantFrom("..", "../..", "/etc/passwd", "C:\\Windows", "\\\\server\\share", "．．／x", "a/../../b", "~", "%2e%2e%2f"),
    fc.array(fc.constantFrom("..", ".", "/", "\\", "a", "．", "／", ":", "C:", " "), { maxLength: 20 }).map((parts) => parts.join("")),
  );

  it("keeps every relationship folder built from user text inside the root (property)", () => {
    fc.assert(
      fc.property(hostile, hostile, (root, name) => {
        const cleanRoot = sanitizeRootFolder(root);
        const folder = relationshipFolderPath(root, name);
        expect(isInsideFolder(cleanRoot, folder)).toBe(true);
        expect(folder.startsWith(`${cleanRoot}/`)).toBe(true);
        const segment = folder.slice(cleanRoot.length + 1);
        expect(segment).not.toContain("/");
        expect(segment).not.toContain("\\");
        expect(segment.startsWith(".")).toBe(false);
        expect(Array.from(segment).length).toBeLessThanOrEqual(100);
      }),
      runs(1000),
    );
  });
});

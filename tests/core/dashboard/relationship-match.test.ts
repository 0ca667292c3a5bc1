import { describe, expect, it } from "vitest";
import { matchRelationships, wikiLink } from "../../../src/core/dashboard/relationship-match";

describe("wikiLink", () => {
  it.each([
    ["[[Jane Doe]]", { target: "Jane Doe", alias: null }],
    ["[[People/Kim Berg|Kim]]", { target: "People/Kim Berg", alias: "Kim" }],
    ["  [[Søren Ødegård|Søren]] ", { target: "Søren Ødegård", alias: "Søren" }],
    ["[[Jane Doe|]]", { target: "Jane Doe", alias: "" }],
  ])("reads %j as a link", (value, link) => {
    expect(wikiLink(value)).toEqual(link);
  });

  it.each(["Jane Doe", "[[Jane Doe]] and Kim", "[Jane Doe]", "[[Jane]]]", "Kim and [[Jane Doe]]"])("reads %j as no link", (value) => {
    expect(wikiLink(value)).toBeNull();
  });
});

describe("matchRelationships", () => {
  const candidates = [
    { folder: "Mentoring/Anna", name: "Anna Berg" },
    { folder: "Mentoring/Søren", name: "Søren Ødegård" },
    { folder: "Mentoring/Team KH", name: "Karen Holm" },
  ];
  const folders = (filter: string) => matchRelationships(filter, candidates).chosen.map((candidate) => candidate.folder);

  it("matches a whole name in any case, with blanks around it, in either Unicode form", () => {
    expect(folders("  SØREN ØDEGÅRD ")).toEqual(["Mentoring/Søren"]);
    expect(folders("anna berg")).toEqual(["Mentoring/Anna"]);
    // "Ødegård" typed with a combining ring above the a (as macOS spells file names) is still a part of the name.
    expect(folders("Ødega\u030Ard")).toEqual(["Mentoring/Søren"]);
    expect(folders("team kh")).toEqual(["Mentoring/Team KH"]);
  });

  it("matches a letter whose capital is two letters by its spelled-out form, either way round", () => {
    const withEszett = [...candidates, { folder: "Mentoring/Jens", name: "Jens Großmann" }];
    const pick = (filter: string) => matchRelationships(filter, withEszett).chosen.map((candidate) => candidate.folder);
    expect(pick("JENS GROSSMANN")).toEqual(["Mentoring/Jens"]);
    expect(pick("grossmann")).toEqual(["Mentoring/Jens"]);
    expect(pick("Jens Großmann")).toEqual(["Mentoring/Jens"]);
  });

  it("names the nearest name when nothing matches, wherever it stands among the candidates", () => {
    // "Ana Berk" is 2 edits from "anna berg" (an n added, k for g) and far more from the other two names.
    expect(matchRelationships("Ana Berk", candidates)).toEqual({ chosen: [], hint: { kind: "nearest", name: "Anna Berg" } });
  });
});

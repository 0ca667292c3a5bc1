import { describe, expect, it } from "vitest";
import { wikiLink } from "../../../src/core/dashboard/relationship-match";

describe("wikiLink", () => {
  it.each([
    ["[[Jane Doe]]", { target: "Jane Doe", alias: null }],
    ["[[People/Kim Berg|Kim]]", { target: "People/Kim Berg", alias: "Kim" }],
    ["  [[Søren Ødegård|Søren]] ", { target: "Søren Ødegård", alias: "Søren" }],
    ["[[Jane Doe|]]", { target: "Jane Doe", alias: "" }],
  ])("reads %j as a link", (value, link) => {
    expect(wikiLink(value)).toEqual(link);
  });

  it.each(["Jane Doe", "[[Jane Doe]] and Kim", "[Jane Doe]", "[[Jane]]]"])("reads %j as no link", (value) => {
    expect(wikiLink(value)).toBeNull();
  });
});

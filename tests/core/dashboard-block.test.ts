import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_BLOCK_OPTIONS, parseDashboardBlock } from "../../src/core/dashboard-block";

describe("parseDashboardBlock", () => {
  it("gives the defaults for an empty block", () => {
    expect(parseDashboardBlock("")).toEqual({
      options: { relationship: null, owner: "all", show: ["actions", "goals", "relationships"], done: false },
      messages: [],
    });
  });

  it("reads every option, any case, CRLF and blank lines included", () => {
    const source = "Relationship: Søren Ødegård\r\n\r\nOWNER: Me\r\nshow: goals, Actions\r\ndone: TRUE\r\n";
    expect(parseDashboardBlock(source)).toEqual({
      options: { relationship: "Søren Ødegård", owner: "me", show: ["goals", "actions"], done: true },
      messages: [],
    });
  });

  it("accepts a folder path, a quoted name or a wiki link as the relationship", () => {
    expect(parseDashboardBlock("relationship: Mentoring/Jane Doe").options.relationship).toBe("Mentoring/Jane Doe");
    expect(parseDashboardBlock('relationship: "Jane: the designer"').options.relationship).toBe("Jane: the designer");
    expect(parseDashboardBlock("relationship: [[Jane Doe|Jane]]").options.relationship).toBe("Jane Doe");
  });

  it("ignores comment lines", () => {
    expect(parseDashboardBlock("# only my actions\n// and no done ones\nowner: me").messages).toEqual([]);
  });

  it("reports an unknown option with its line and keeps going", () => {
    const parsed = parseDashboardBlock("owner: other\nsort: due\ndone: true");
    expect(parsed.options.owner).toBe("other");
    expect(parsed.options.done).toBe(true);
    expect(parsed.messages).toEqual([
      { line: 2, message: 'Unknown option "sort" on line 2. The options are relationship, owner, show, done.' },
    ]);
  });

  it("reports bad values and keeps the default for that option", () => {
    const parsed = parseDashboardBlock("owner: mine\ndone: yes\nshow: actions, problems\nrelationship:\nnonsense");
    expect(parsed.options).toEqual({ ...DEFAULT_BLOCK_OPTIONS, show: ["actions", "goals", "relationships"] });
    expect(parsed.messages.map((message) => message.line)).toEqual([1, 2, 3, 4, 5]);
    expect(parsed.messages[0]?.message).toBe('Line 1: "owner" is one of me, other, all, not "mine".');
    expect(parsed.messages[1]?.message).toBe('Line 2: "done" is true or false, not "yes".');
    expect(parsed.messages[2]?.message).toContain('not "problems"');
    expect(parsed.messages[3]?.message).toContain('"relationship" needs');
    expect(parsed.messages[4]?.message).toContain('write "key: value"');
  });

  it("says when an option is given twice, and uses the last one", () => {
    const parsed = parseDashboardBlock("owner: me\nowner: other");
    expect(parsed.options.owner).toBe("other");
    expect(parsed.messages).toEqual([{ line: 2, message: 'The option "owner" is given twice; line 2 is used.' }]);
  });

  it("never throws and never leaves the allowed values, whatever the source", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (source) => {
        const { options, messages } = parseDashboardBlock(source);
        expect(["me", "other", "all"]).toContain(options.owner);
        expect(typeof options.done).toBe("boolean");
        for (const part of options.show) expect(["actions", "goals", "relationships"]).toContain(part);
        for (const message of messages) expect(message.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("does not share the default show list between parses", () => {
    parseDashboardBlock("").options.show.push("goals");
    expect(parseDashboardBlock("").options.show).toEqual(["actions", "goals", "relationships"]);
  });
});

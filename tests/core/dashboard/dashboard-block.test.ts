import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDashboardBlock, type DashboardBlockMessage } from "../../../src/core/dashboard/dashboard-block";
import { placeholdersOf, translate } from "../../../src/core/i18n";
import type { Language } from "../../../src/core/notes/types";
import { runs } from "../../setup/property-runs";

/** The messages as the block shows them in `lang`, each with its line. */
function shown(messages: readonly DashboardBlockMessage[], lang: Language = "en"): Array<{ line: number; message: string }> {
  return messages.map(({ line, key, vars }) => ({ line, message: translate(lang, key, vars) }));
}

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

  it("reads what is quoted or linked, spaces inside the quotes or link trimmed, and takes other quotes as written", () => {
    expect(parseDashboardBlock('relationship: " Jane Doe "').options.relationship).toBe("Jane Doe");
    expect(parseDashboardBlock("relationship: [[ Jane Doe ]]").options.relationship).toBe("Jane Doe");
    expect(parseDashboardBlock('relationship: Kim "the boss"').options.relationship).toBe('Kim "the boss"');
    expect(parseDashboardBlock('relationship: "Kim" Berg').options.relationship).toBe('"Kim" Berg');
  });

  it("reads options with spaces around the key and before the colon", () => {
    const parsed = parseDashboardBlock("  owner : me\n\tshow : goals\n   \n  # indented comment\n  // another");
    expect(parsed).toEqual({ options: { relationship: null, owner: "me", show: ["goals"], done: false }, messages: [] });
  });

  it("turns done off again when given false after true, saying it was given twice", () => {
    const parsed = parseDashboardBlock("done: true\ndone: false");
    expect(parsed.options.done).toBe(false);
    expect(shown(parsed.messages)).toEqual([{ line: 2, message: 'The option "done" is given twice; line 2 is used.' }]);
    expect(parseDashboardBlock("done: False").messages).toEqual([]);
  });

  it("names an unknown option without the spaces around it, an empty key as empty, and every unknown part of show", () => {
    expect(shown(parseDashboardBlock("sort : due").messages)).toEqual([
      { line: 1, message: 'Unknown option "sort" on line 1. The options are relationship, owner, show, done.' },
    ]);
    expect(shown(parseDashboardBlock(": me").messages)).toEqual([
      { line: 1, message: 'Unknown option "" on line 1. The options are relationship, owner, show, done.' },
    ]);
    expect(shown(parseDashboardBlock("show: goals, problems, notes").messages)).toEqual([
      { line: 1, message: 'Line 1: "show" lists some of actions, goals, relationships, progress, separated by commas, not "problems, notes".' },
    ]);
  });

  it("ignores comment lines", () => {
    expect(parseDashboardBlock("# only my actions\n// and no done ones\nowner: me").messages).toEqual([]);
  });

  it("reports an unknown option with its line and keeps going", () => {
    const parsed = parseDashboardBlock("owner: other\nsort: due\ndone: true");
    expect(parsed.options.owner).toBe("other");
    expect(parsed.options.done).toBe(true);
    expect(shown(parsed.messages)).toEqual([
      { line: 2, message: 'Unknown option "sort" on line 2. The options are relationship, owner, show, done.' },
    ]);
    expect(shown(parsed.messages, "da")).toEqual([
      { line: 2, message: 'Ukendt indstilling »sort« på linje 2. Indstillingerne er relationship, owner, show, done.' },
    ]);
  });

  it("reports bad values and keeps the default for that option", () => {
    const parsed = parseDashboardBlock("owner: mine\ndone: yes\nshow: actions, problems\nrelationship:\nnonsense");
    expect(parsed.options).toEqual({ relationship: null, owner: "all", show: ["actions", "goals", "relationships"], done: false });
    expect(parsed.messages.map((message) => message.line)).toEqual([1, 2, 3, 4, 5]);
    const english = shown(parsed.messages).map(({ message }) => message);
    expect(english[0]).toBe('Line 1: "owner" is one of me, other, all, not "mine".');
    expect(english[1]).toBe('Line 2: "done" is true or false, not "yes".');
    expect(english[2]).toBe('Line 3: "show" lists some of actions, goals, relationships, progress, separated by commas, not "problems".');
    expect(english[3]).toBe(`Line 4: "relationship" needs a relationship's folder or name.`);
    expect(english[4]).toBe('Line 5 is not an option: write "key: value", for example "owner: me".');
    const danish = shown(parsed.messages, "da").map(({ message }) => message);
    expect(danish[0]).toBe('Linje 1: »owner« er en af me, other, all, ikke »mine«.');
    expect(danish[1]).toBe('Linje 2: »done« er true eller false, ikke »yes«.');
    expect(danish[2]).toBe('Linje 3: »show« angiver nogle af actions, goals, relationships, progress, adskilt med komma, ikke »problems«.');
    expect(danish[3]).toBe('Linje 4: »relationship« skal have et forløbs mappe eller navn.');
    expect(danish[4]).toBe('Linje 5 er ikke en indstilling: skriv »indstilling: værdi«, fx »owner: me«.');
  });

  it("says when show lists nothing, and keeps the default parts", () => {
    const parsed = parseDashboardBlock("show: , ,");
    expect(parsed.options.show).toEqual(["actions", "goals", "relationships"]);
    expect(shown(parsed.messages)).toEqual([
      { line: 1, message: 'Line 1: "show" lists some of actions, goals, relationships, progress, separated by commas, not nothing.' },
    ]);
    expect(shown(parsed.messages, "da")[0]?.message).toBe('Linje 1: »show« angiver nogle af actions, goals, relationships, progress, adskilt med komma, men der står intet.');
  });

  it("keeps a value that looks like a placeholder as written", () => {
    const parsed = parseDashboardBlock("owner: {line}");
    expect(shown(parsed.messages)[0]?.message).toBe('Line 1: "owner" is one of me, other, all, not "{line}".');
  });

  it("says when an option is given twice, and uses the last one", () => {
    const parsed = parseDashboardBlock("owner: me\nowner: other");
    expect(parsed.options.owner).toBe("other");
    expect(shown(parsed.messages)).toEqual([{ line: 2, message: 'The option "owner" is given twice; line 2 is used.' }]);
    expect(shown(parsed.messages, "da")).toEqual([{ line: 2, message: 'Indstillingen »owner« er angivet to gange; linje 2 bruges.' }]);
  });

  it("never throws and never leaves the allowed values, whatever the source", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (source) => {
        const { options, messages } = parseDashboardBlock(source);
        expect(["me", "other", "all"]).toContain(options.owner);
        expect(typeof options.done).toBe("boolean");
        for (const part of options.show) expect(["actions", "goals", "relationships"]).toContain(part);
        // Every placeholder of the message gets a value, in both languages.
        for (const { key, vars } of messages) {
          for (const lang of ["en", "da"] as const) {
            expect(placeholdersOf(translate(lang, key, {})).every((name) => Object.prototype.hasOwnProperty.call(vars, name))).toBe(true);
          }
        }
      }),
      runs(1000),
    );
  });

  it("does not share the default show list between parses", () => {
    parseDashboardBlock("").options.show.push("goals");
    expect(parseDashboardBlock("").options.show).toEqual(["actions", "goals", "relationships"]);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, effectiveLanguage, readSettings, readSettingsJson, readWholeNumber, settingsToSave } from "../../../src/core/notes/settings";

describe("readSettings", () => {
  it("gives the defaults when nothing is saved", () => {
    expect(readSettings(undefined)).toEqual({ settings: { ...DEFAULT_SETTINGS, templates: { ...DEFAULT_SETTINGS.templates } }, invalidKeys: [] });
  });

  it("keeps good values, replaces broken ones with defaults and names them", () => {
    const read = readSettings({
      rootFolder: "People/Mentoring",
      myName: "Ida",
      defaultRole: "boss",
      cadenceDays: "fourteen",
      meetingMinutes: 90,
      carryOver: "move",
      templates: { session: "Templates/Session.md", agreement: 42 },
      somethingNew: { kept: true },
    });
    expect(read.settings.rootFolder).toBe("People/Mentoring");
    expect(read.settings.myName).toBe("Ida");
    expect(read.settings.defaultRole).toBe("mentor");
    expect(read.settings.cadenceDays).toBe(28);
    expect(read.settings.meetingMinutes).toBe(90);
    expect(read.settings.carryOver).toBe("move");
    expect(read.settings.templates).toEqual({ agreement: "", session: "Templates/Session.md", firstSession: "" });
    expect(read.invalidKeys).toEqual(["defaultRole", "cadenceDays", "templates.agreement"]);
  });

  it("names templates when the file holds null for them, and keeps the default template paths", () => {
    const read = readSettings({ templates: null });
    expect(read.invalidKeys).toEqual(["templates"]);
    expect(read.settings.templates).toEqual(DEFAULT_SETTINGS.templates);
  });

  it("names templates when it is not a set of paths, and keeps the default template paths", () => {
    const read = readSettings({ myName: "Anna Holm", templates: "Templates/Agreement.md" });
    expect(read.invalidKeys).toEqual(["templates"]);
    expect(read.settings.myName).toBe("Anna Holm");
    expect(read.settings.templates).toEqual(DEFAULT_SETTINGS.templates);
  });

  it("refuses a root folder that climbs out of the vault", () => {
    const read = readSettings({ rootFolder: "../../etc" });
    expect(read.settings.rootFolder).toBe("etc");
    expect(read.invalidKeys).toEqual(["rootFolder"]);
  });

  it("reads invalid JSON as defaults and says the whole file was broken", () => {
    const read = readSettingsJson("{ rootFolder: oops");
    expect(read.settings.rootFolder).toBe("Mentoring");
    expect(read.invalidKeys).toEqual(["(whole file)"]);
    expect(readSettingsJson("[1,2]").invalidKeys).toEqual(["(whole file)"]);
    expect(readSettingsJson('"Mentoring"')).toEqual({ settings: DEFAULT_SETTINGS, invalidKeys: ["(whole file)"] });
    expect(readSettingsJson("42").invalidKeys).toEqual(["(whole file)"]);
    expect(readSettingsJson(null).invalidKeys).toEqual([]);
  });
});

describe("readWholeNumber", () => {
  it("reads what a user types into a number setting: a whole number within that setting's bounds, else null", () => {
    expect(readWholeNumber(" 14 ", "cadenceDays")).toBe(14);
    expect(readWholeNumber("366", "cadenceDays")).toBe(366);
    expect(readWholeNumber("367", "cadenceDays")).toBeNull();
    expect(readWholeNumber("0", "cadenceDays")).toBeNull();
    expect(readWholeNumber("2.5", "cadenceDays")).toBeNull();
    expect(readWholeNumber("-3", "meetingsPlanned")).toBeNull();
    expect(readWholeNumber("", "meetingsPlanned")).toBeNull();
    expect(readWholeNumber("4", "meetingMinutes")).toBeNull();
    expect(readWholeNumber("600", "meetingMinutes")).toBe(600);
    // Digits only: no exponent or sign, though JavaScript's Number would read them.
    expect(readWholeNumber("1e2", "meetingMinutes")).toBeNull();
    expect(readWholeNumber("+14", "cadenceDays")).toBeNull();
  });

  it("agrees with the reader of data.json on the same bounds", () => {
    expect(readSettings({ meetingMinutes: 4, meetingsPlanned: 200, cadenceDays: 367 }).invalidKeys).toEqual(["cadenceDays", "meetingMinutes"]);
  });

  it("takes a blank root folder for the default without calling it broken", () => {
    for (const rootFolder of ["", "   "]) {
      const read = readSettings({ rootFolder });
      expect(read.settings.rootFolder).toBe("Mentoring");
      expect(read.invalidKeys).toEqual([]);
    }
  });

  it("refuses a switch or a name of the wrong type in data.json, keeping the default", () => {
    const read = readSettings({ keepCalendar: "yes", myName: 42, defaultRole: 1 });
    expect(read.invalidKeys).toEqual(["myName", "defaultRole", "keepCalendar"]);
    expect([read.settings.keepCalendar, read.settings.myName, read.settings.defaultRole]).toEqual([false, "", "mentor"]);
    expect(readSettings({ keepCalendar: true, myName: "Anna Holm" }).settings).toMatchObject({ keepCalendar: true, myName: "Anna Holm" });
  });

  it("keeps each number setting's lowest value, and refuses a fraction or digits in quotes in data.json", () => {
    const lowest = readSettings({ cadenceDays: 1, meetingMinutes: 5, meetingsPlanned: 1 });
    expect(lowest.invalidKeys).toEqual([]);
    expect([lowest.settings.cadenceDays, lowest.settings.meetingMinutes, lowest.settings.meetingsPlanned]).toEqual([1, 5, 1]);
    const odd = readSettings({ cadenceDays: 14.5, meetingMinutes: "45" });
    expect(odd.invalidKeys).toEqual(["cadenceDays", "meetingMinutes"]);
    expect([odd.settings.cadenceDays, odd.settings.meetingMinutes]).toEqual([28, 60]);
  });
});

describe("effectiveLanguage", () => {
  it("follows the app language when set to auto", () => {
    expect(effectiveLanguage("auto", "da")).toBe("da");
    expect(effectiveLanguage("auto", "en-GB")).toBe("en");
    expect(effectiveLanguage("en", "da")).toBe("en");
    expect(effectiveLanguage("da", "en")).toBe("da");
  });
});

describe("settingsToSave", () => {
  const settings = { ...DEFAULT_SETTINGS, myName: "Kim", templates: { ...DEFAULT_SETTINGS.templates, session: "T/Session.md" } };

  it("puts the settings over what was saved, and keeps the keys it does not know, inside templates too", () => {
    const saved = { myName: "Ida", future: { a: [1] }, templates: { session: "Old.md", closing: "T/Closing.md" } };
    expect(settingsToSave(saved, settings)).toEqual({ ...settings, future: { a: [1] }, templates: { ...settings.templates, closing: "T/Closing.md" } });
  });

  it("replaces a `templates` that is no object", () => {
    expect(settingsToSave({ templates: ["x"] }, settings)).toEqual(settings);
  });
});

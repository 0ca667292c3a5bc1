import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, effectiveLanguage, readSettings, readSettingsJson } from "../../../src/core/notes/settings";

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
    expect(readSettingsJson(null).invalidKeys).toEqual([]);
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

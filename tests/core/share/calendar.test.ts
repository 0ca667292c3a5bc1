import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { buildDashboard } from "../../../src/core/dashboard/dashboard";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { translatorFor } from "../../../src/core/i18n";
import { calendarText } from "../../../src/core/share/calendar";

const TODAY = "2026-12-05";

function agreement(mentee: string, status: "active" | "ended"): string {
  return [
    "---",
    "type: mentoring-agreement",
    `mentee: ${mentee}`,
    "mentor: Me Myself",
    "role: mentor",
    "start: 2026-09-01",
    "end: 2027-03-01",
    "meetings_planned: 6",
    "cadence_days: 14",
    `status: ${status}`,
    "---",
    "## Goals",
    "- [ ] Lead a meeting",
    "",
  ].join("\n");
}

function session(mentee: string, number: number, date: string, actions: string[]): string {
  return ["---", "type: mentoring-session", `mentee: ${mentee}`, `session: ${number}`, `date: ${date}`, "status: closed", "---", "## Actions", ...actions, ""].join("\n");
}

function vault(janeSessionDate = "2026-11-30"): Record<string, string> {
  return {
    "Mentoring/Jane Doe/Agreement.md": agreement("Jane Doe", "active"),
    "Mentoring/Jane Doe/2026-11-30 Session 3.md": session("Jane Doe", 3, janeSessionDate, [
      "- [ ] Draft the proposal 📅 2026-12-10",
      "- [ ] Introduce Jane to Lars [owner:: mentor] 📅 2026-12-12",
      "- [ ] Read the book",
      "- [x] Book the room 📅 2026-12-01 ✅ 2026-11-30",
    ]),
    "Mentoring/Bob Stone/Agreement.md": agreement("Bob Stone", "ended"),
    "Mentoring/Bob Stone/2026-11-20 Session 2.md": session("Bob Stone", 2, "2026-11-20", ["- [ ] Ask for a mock interview 📅 2026-12-15"]),
  };
}

interface ParsedEvent {
  uid: string;
  start: string;
  summary: string;
}

function parse(text: string): ParsedEvent[] {
  const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return component.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, start: event.startDate.toString(), summary: event.summary };
  });
}

function calendarOf(files: Record<string, string>, lang: "en" | "da" = "en"): string {
  const model = buildDashboard(new VaultIndex(Object.entries(files)), { today: TODAY });
  const t = translatorFor(lang);
  return calendarText(model, TODAY, t);
}

describe("the calendar file", () => {
  it("parses as iCalendar and holds the next meeting and every dated open action of active relationships", () => {
    const events = parse(calendarOf(vault()));
    expect(events.map(({ start, summary }) => [start, summary])).toEqual([
      ["2026-12-14", "Mentoring meeting with Jane Doe"],
      ["2026-12-10", "Draft the proposal (mentee, Jane Doe)"],
      ["2026-12-12", "Introduce Jane to Lars (mentor, Jane Doe)"],
    ]);
  });

  it("leaves out ended relationships, done actions and actions without a due date", () => {
    const text = calendarOf(vault());
    expect(text).not.toContain("Bob Stone");
    expect(text).not.toContain("mock interview");
    expect(text).not.toContain("Book the room");
    expect(text).not.toContain("Read the book");
  });

  it("gives the same UIDs on a second run over an unchanged vault", () => {
    const first = parse(calendarOf(vault())).map((event) => event.uid);
    const second = parse(calendarOf(vault())).map((event) => event.uid);
    expect(new Set(first).size).toBe(first.length);
    expect(second).toEqual(first);
  });

  it("keeps a meeting's UID when the meeting moves to another date", () => {
    const before = parse(calendarOf(vault("2026-11-30")))[0];
    const after = parse(calendarOf(vault("2026-12-02")))[0];
    expect(after?.start).not.toBe(before?.start);
    expect(after?.uid).toBe(before?.uid);
  });

  it("tells apart two open actions with the same words", () => {
    const files = vault();
    files["Mentoring/Jane Doe/2026-11-30 Session 3.md"] = session("Jane Doe", 3, "2026-11-30", ["- [ ] Call Per 📅 2026-12-10", "- [ ] Call Per 📅 2026-12-11"]);
    const uids = parse(calendarOf(files)).map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it("names each event by what it is about: FNV-1a of the folder (and the action's words), the meeting's number, the occurrence", () => {
    const files = vault();
    files["Mentoring/Jane Doe/2026-11-30 Session 3.md"] = session("Jane Doe", 3, "2026-11-30", ["- [ ] Call Per 📅 2026-12-10", "- [ ] Call Per 📅 2026-12-11"]);
    const component = new ICAL.Component(ICAL.parse(calendarOf(files)) as unknown[]);
    const events = component.getAllSubcomponents("vevent").map((vevent) => ({
      uid: vevent.getFirstPropertyValue("uid"),
      description: vevent.getFirstPropertyValue("description"),
      stamp: String(vevent.getFirstPropertyValue("dtstamp")),
    }));
    // One session held so far: the next meeting is the second.
    expect(events).toEqual([
      { uid: `meeting-${fnv1a("Mentoring/Jane Doe")}-2@mentoring-notes`, description: "Mentoring/Jane Doe", stamp: "2026-12-05T00:00:00Z" },
      { uid: `action-${fnv1a("Mentoring/Jane Doe\nCall Per")}-1@mentoring-notes`, description: "Mentoring/Jane Doe/2026-11-30 Session 3.md", stamp: "2026-12-05T00:00:00Z" },
      { uid: `action-${fnv1a("Mentoring/Jane Doe\nCall Per")}-2@mentoring-notes`, description: "Mentoring/Jane Doe/2026-11-30 Session 3.md", stamp: "2026-12-05T00:00:00Z" },
    ]);
  });

  it("names the product that made it, and itself in the chosen language", () => {
    expect(calendarOf(vault()).split("\r\n")).toContain("PRODID:-//mentoring-notes//mentoring-notes//EN");
    expect(calendarOf(vault()).split("\r\n")).toContain("X-WR-CALNAME:Mentoring");
    expect(calendarOf(vault(), "da").split("\r\n")).toContain("X-WR-CALNAME:Mentorforløb");
  });

  it("gives an active relationship a meeting only when it has a date for one, and keeps a hash's leading zeros in the UID", () => {
    const files = vault();
    // No session yet: the next meeting is the agreement's start.
    files["Mentoring/Lars Friis/Agreement.md"] = agreement("Lars Friis", "active");
    // No session and no start: no date to put in a calendar.
    files["Mentoring/Kim Berg/Agreement.md"] = ["---", "type: mentoring-agreement", "mentee: Kim Berg", "role: mentor", "status: active", "---", ""].join("\n");
    const meetings = parse(calendarOf(files)).filter((event) => event.uid.startsWith("meeting-"));
    expect(fnv1a("Mentoring/Lars Friis")).toBe("0b283d0e");
    expect(meetings.map(({ uid, start }) => [uid, start])).toEqual([
      // One session note held so far in Jane Doe's folder: her next meeting is the second.
      [`meeting-${fnv1a("Mentoring/Jane Doe")}-2@mentoring-notes`, "2026-12-14"],
      ["meeting-0b283d0e-1@mentoring-notes", "2026-09-01"],
    ]);
  });

  it("leaves out a done action also when the dashboard was built with done actions shown", () => {
    const model = buildDashboard(new VaultIndex(Object.entries(vault())), { today: TODAY, showDone: true });
    expect(model.groups.flatMap((group) => group.actions.map((action) => action.text))).toContain("Book the room");
    expect(calendarText(model, TODAY, translatorFor("en"))).not.toContain("Book the room");
  });

  it("speaks the chosen language", () => {
    expect(parse(calendarOf(vault(), "da"))[0]?.summary).toBe("Mentormøde med Jane Doe");
  });
});

/** The test's own FNV-1a (32 bits, over UTF-16 code units), in BigInt arithmetic, checked against the published vectors. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5n;
  for (let i = 0; i < text.length; i += 1) hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x01000193n) % 2n ** 32n;
  return hash.toString(16).padStart(8, "0");
}

describe("the test's FNV-1a", () => {
  it("gives the published values", () => {
    expect(fnv1a("")).toBe("811c9dc5");
    expect(fnv1a("a")).toBe("e40c292c");
    expect(fnv1a("foobar")).toBe("bf9cf968");
  });
});

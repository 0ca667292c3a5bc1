import { describe, it, expect } from "vitest";
import { closeSession, closeSessionText, nextMeetingDate } from "../../../src/core/edits/close-session";
import { splitLines, type Line } from "../../../src/core/syntax/text";
import { readFrontmatter } from "../../../src/core/syntax/frontmatter";

const IDS = ["summary", "insights", "ideas", "actions"] as const;
type Id = (typeof IDS)[number];
const TITLES: Record<"en" | "da", Record<Id, string>> = {
  en: { summary: "Summary", insights: "Insights", ideas: "Ideas", actions: "Actions" },
  da: { summary: "Opsummering", insights: "Indsigter", ideas: "Idéer", actions: "Handlinger" },
};
/** Headings as people write them: odd case, other levels, trailing spaces. */
const WRITTEN: Record<"en" | "da", Record<Id, string>> = {
  en: { summary: "## Summary", insights: "### insights", ideas: "## IDEAS ", actions: "#### Actions" },
  da: { summary: "## Opsummering", insights: "# indsigter", ideas: "### Idéer", actions: "## HANDLINGER" },
};
const UNDER: Record<Id, string[]> = {
  summary: ["Vi talte om Åse's nye rolle 🚀 og om at sige nej.", "", "- tre punkter", "\t- et under-punkt"],
  insights: ["She leads better when she prepares the agenda herself."],
  ideas: ["```", "# not a heading: inside a code fence", "```"],
  actions: ["- [ ] Ask the team lead for a 1:1 📅 2026-12-01", "\t- [ ] book a room"],
};

function sessionNote(lang: "en" | "da", present: readonly Id[], eol: "\n" | "\r\n"): string {
  const lines = [
    "---",
    "type: mentoring-session",
    "mentee: Åse Ørsted",
    "session: 3",
    "date: 2026-11-22",
    "status: open",
    "custom_key: kept # a comment",
    "---",
    "",
    // The template's Topic heading tells the note's language when none of the four is there yet.
    lang === "da" ? "## Emne" : "## Topic",
    "",
    "Notes from today's talk.",
    "",
  ];
  for (const id of present) lines.push(WRITTEN[lang][id], "", ...UNDER[id], "");
  return lines.join(eol);
}

const headingTitle = (line: string): string | null => {
  const match = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(line);
  return match ? (match[2] ?? "").trim().toLowerCase() : null;
};

/** Matches the original lines, in order, inside the result; returns the result lines that were added. */
function addedLines(original: Line[], result: Line[]): Array<{ index: number; line: Line }> {
  const added: Array<{ index: number; line: Line }> = [];
  let next = 0;
  result.forEach((line, index) => {
    const want = original[next];
    if (want && want.text === line.text && (want.eol === line.eol || next === original.length - 1)) next += 1;
    else added.push({ index, line });
  });
  expect(next, "every original line is still there, in order").toBe(original.length);
  return added;
}

function subsets(): Id[][] {
  const all: Id[][] = [];
  for (let mask = 0; mask < 16; mask += 1) all.push(IDS.filter((_, bit) => (mask & (1 << bit)) !== 0));
  return all;
}

describe("closeSession: every subset of the four headings", () => {
  for (const lang of ["en", "da"] as const) {
    for (const eol of ["\n", "\r\n"] as const) {
      for (const present of subsets()) {
        const name = `${lang}, ${eol === "\n" ? "LF" : "CRLF"}, present: ${present.join("+") || "none"}`;
        it(name, () => {
          const note = sessionNote(lang, present, eol);
          const result = closeSession(note);
          if (!result.ok) throw new Error(result.reason);
          const missing = IDS.filter((id) => !present.includes(id));
          expect(result.changed).toBe(missing.length > 0);

          const before = splitLines(note);
          const after = splitLines(result.text);
          const added = addedLines(before, after);

          // Exactly the missing headings were added, in the note's language, nothing else but prompts/blanks.
          const addedHeadings = added.filter(({ line }) => headingTitle(line.text) !== null);
          expect(addedHeadings.map(({ line }) => headingTitle(line.text))).toEqual(
            missing.map((id) => TITLES[lang][id].toLowerCase()),
          );
          for (const { line } of added) {
            if (headingTitle(line.text) !== null || line.text.trim() === "") continue;
            expect(line.text, "only a one-line prompt besides the heading").toMatch(/^(<!--.*-->|> .*)$/);
          }
          // New lines use the note's line ending.
          for (const { line } of added) if (line.eol !== "") expect(line.eol).toBe(eol);
          // Prompts: one per added heading.
          const prompts = added.filter(({ line }) => line.text.trim() !== "" && headingTitle(line.text) === null);
          expect(prompts).toHaveLength(missing.length);

          // The four stand once each, in order.
          const order = after
            .map((line) => headingTitle(line.text))
            .map((title) => IDS.findIndex((id) => title === TITLES[lang][id].toLowerCase()))
            .filter((position) => position >= 0);
          expect(order).toEqual([0, 1, 2, 3]);

          // Each added heading sits just before the next existing one (only added or blank lines between).
          const addedIndexes = new Set(added.map(({ index }) => index));
          for (const { index } of addedHeadings) {
            for (let k = index + 1; k < after.length; k += 1) {
              const title = headingTitle(after[k]?.text ?? "");
              const isExistingClosing = !addedIndexes.has(k) && title !== null && IDS.some((id) => TITLES[lang][id].toLowerCase() === title);
              if (isExistingClosing) break;
              expect(addedIndexes.has(k) || (after[k]?.text ?? "").trim() === "", `line ${k} between`).toBe(true);
            }
          }

          // Closing twice changes nothing.
          const again = closeSession(result.text);
          expect(again).toEqual({ ok: true, text: result.text, changed: false });
        });
      }
    }
  }
});

describe("closeSession: edges", () => {
  it("keeps a BOM and a note without a final line ending", () => {
    const note = "\uFEFF" + sessionNote("en", ["summary"], "\n").trimEnd();
    const result = closeSession(note);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith(note)).toBe(true);
    expect(result.text).toContain("Insights");
  });

  it("does not count a heading inside a code fence as present", () => {
    const note = sessionNote("en", ["summary", "ideas"], "\n"); // the Ideas fixture has '# not a heading' in a fence
    const result = closeSession(note);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain("# not a heading: inside a code fence");
    expect(result.text.match(/^#+ Insights/gm)).toHaveLength(1);
  });

  it("counts setext headings as present: closing adds no second Summary or Actions", () => {
    const note = "---\ntype: mentoring-session\nstatus: open\n---\nSummary\n=======\nWe talked.\n\nActions\n---\n- [ ] Call Ann\n";
    const result = closeSession(note);
    if (!result.ok) throw new Error(result.reason);
    // Insights and Ideas go between the two, before the Actions heading's text line.
    expect(result.text.startsWith("---\ntype: mentoring-session\nstatus: open\n---\nSummary\n=======\nWe talked.\n\n## Insights\n")).toBe(true);
    expect(result.text.endsWith("\nActions\n---\n- [ ] Call Ann\n")).toBe(true);
    expect(result.text.match(/Summary/g)).toHaveLength(1);
    expect(result.text.match(/Actions/g)).toHaveLength(1);
    expect(result.text).toMatch(/^#+ Insights$/m);
  });

  it("refuses a note that is not a session and says why", () => {
    const result = closeSession("---\ntype: mentoring-agreement\n---\n# Goals\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
    expect(closeSession("Just a diary entry.\n").ok).toBe(false);
  });
});

describe("closeSessionText (the command line's close)", () => {
  it("adds the headings, sets status closed and next from the session date and cadence", () => {
    const note = sessionNote("en", ["summary", "actions"], "\r\n");
    const result = closeSessionText(note, "2026-11-25", 28);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain("status: closed\r\n");
    expect(result.text).toContain("next: 2026-12-20\r\n");
    expect(result.text).toContain("custom_key: kept # a comment\r\n");
    expect(result.text).not.toMatch(/[^\r]\n/);
    const again = closeSessionText(result.text, "2026-12-30", 14);
    expect(again).toEqual({ ok: true, text: result.text, changed: false });
  });

  it("leaves the status of a session already closed as written, in any case", () => {
    const note = sessionNote("en", IDS, "\n").replace("status: open\n", "status: Closed\nnext: 2027-01-05\ntopic: Saying no\n");
    expect(closeSessionText(note, "2026-11-22", 28)).toEqual({ ok: true, text: note, changed: false });
  });

  it("keeps a next date the note already has", () => {
    const note = sessionNote("da", IDS, "\n").replace("status: open\n", "status: open\nnext: 2027-01-05\n");
    const result = closeSessionText(note, "2026-11-22", 28);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain("next: 2027-01-05\n");
    expect(result.text).toContain("status: closed\n");
  });

  it("a session dated near 9999-12-31 gets no next date past it (nor one from today, before the session)", () => {
    const note = sessionNote("en", IDS, "\n").replace(/date: [0-9-]+/, "date: 9999-12-20");
    expect(note).toContain("date: 9999-12-20\n");
    const result = closeSessionText(note, "2026-11-25", 28);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain("status: closed\n");
    expect(result.text).not.toMatch(/^next:/m);
  });

  it("writes nothing on a note that is not a session", () => {
    expect(closeSessionText("---\ntype: mentoring-agreement\n---\n", "2026-11-22", 28).ok).toBe(false);
  });

  it("writes nothing when the status key is written in a form it does not edit, and says why", () => {
    const longForm = sessionNote("en", IDS, "\n").replace("status: open\n", "? status\n: open\n");
    expect(closeSessionText(longForm, "2026-11-25", 14)).toMatchObject({
      ok: false,
      reason: "The key `status` is written in a form this plugin does not edit (it does not start its line).",
    });
  });

  it("counts the next date from today when the session has no date, and fills an empty next key", () => {
    const undated = sessionNote("en", IDS, "\n").replace("date: 2026-11-22\n", "");
    const result = closeSessionText(undated, "2026-11-25", 14);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain("\nnext: 2026-12-09\n");
    const emptyNext = sessionNote("en", IDS, "\n").replace("status: open\n", "status: open\nnext:\n");
    const filled = closeSessionText(emptyNext, "2026-11-25", 14);
    if (!filled.ok) throw new Error(filled.reason);
    expect(filled.text).toContain("status: closed\nnext: 2026-12-06\n");
  });
});

describe("nextMeetingDate", () => {
  it("adds the cadence to the date, across months and years", () => {
    expect(nextMeetingDate("2026-11-22", 28)).toBe("2026-12-20");
    expect(nextMeetingDate("2026-12-20", 14)).toBe("2027-01-03");
    expect(nextMeetingDate("2028-02-15", 14)).toBe("2028-02-29");
  });

  it("takes a cadence of one day, and rounds a cadence that is not whole", () => {
    expect(nextMeetingDate("2026-11-22", 1)).toBe("2026-11-23");
    expect(nextMeetingDate("2026-11-22", 14.4)).toBe("2026-12-06");
    expect(nextMeetingDate("2026-11-22", 1.5)).toBe("2026-11-24");
  });

  it("gives null for a date it cannot read or a cadence below one day", () => {
    expect(nextMeetingDate("22/11/2026", 28)).toBeNull();
    expect(nextMeetingDate("2026-11-22", 0)).toBeNull();
    expect(nextMeetingDate("2026-11-22", 0.9)).toBeNull();
    expect(nextMeetingDate("2026-11-22", Number.NaN)).toBeNull();
    expect(nextMeetingDate("2026-11-22", Number.POSITIVE_INFINITY)).toBeNull();
    expect(nextMeetingDate("9999-12-20", 28)).toBeNull();
  });
});

describe("new lines follow an old Mac note's CR endings", () => {
  it("closing a note whose lines end in CR alone adds headings and keys with CR, and no LF anywhere", () => {
    const note = ["---", "type: mentoring-session", "session: 2", "date: 2026-11-22", "status: open", "---", "## Summary", "We talked.", ""].join("\r");
    const result = closeSessionText(note, "2026-11-22", 14, "en");
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).not.toContain("\n");
    const frontmatterAndSummary = ["---", "type: mentoring-session", "session: 2", "date: 2026-11-22", "status: closed", "next: 2026-12-06", "---", "## Summary", "We talked.", ""].join("\r");
    expect(result.text.startsWith(frontmatterAndSummary)).toBe(true);
    expect(result.text).toContain("\r## Insights\r");
    expect(result.text).toContain("\r## Ideas\r");
    expect(result.text).toContain("\r## Actions\r");
  });
});

describe("a line that ends in a lone CR in a note whose first ending is LF", () => {
  const lineAndNext = (text: string, content: string): Line[] => {
    const lines = splitLines(text);
    const at = lines.findIndex((line) => line.text === content);
    return lines.slice(at, at + 3);
  };
  it.each([
    ["before a heading", "---\ntype: mentoring-session\nstatus: open\n---\n## Topic\rPlan\r## Actions\r- [ ] x\r"],
    ["at the end", "---\ntype: mentoring-session\nstatus: open\n---\nPlan\r"],
  ])("keeps its CR and the blank line before the headings added %s", (_where, note) => {
    const result = closeSession(note, "en");
    if (!result.ok) throw new Error(result.reason);
    expect(lineAndNext(result.text, "Plan")).toMatchObject([{ text: "Plan", eol: "\r" }, { text: "" }, { text: "## Summary" }]);
    expect(splitLines(result.text).filter((line) => line.eol === "\r").length).toBe(splitLines(note).filter((line) => line.eol === "\r").length + 1);
  });
});

describe("closeSessionText fills topic from the Topic section", () => {
  const withTopic = (frontmatterTopic: string | null, topicLines: string[], eol = "\n"): string =>
    [
      "---",
      "type: mentoring-session",
      "session: 3",
      "date: 2026-11-22",
      ...(frontmatterTopic === null ? [] : [frontmatterTopic]),
      "status: open",
      "custom_key: kept # a comment",
      "---",
      "",
      "## Topic",
      "",
      ...topicLines,
      "",
      "## Summary",
      "",
      "We talked.",
      "",
    ].join(eol);

  const close = (note: string): string => {
    const result = closeSessionText(note, "2026-11-25", 28, "en");
    if (!result.ok) throw new Error(result.reason);
    return result.text;
  };
  const topicOf = (text: string): unknown => {
    const read = readFrontmatter(text);
    if (read.kind !== "ok") throw new Error("unreadable frontmatter");
    return read.data["topic"];
  };

  it("sets an empty topic key to the section's first non-blank line, changing no other byte", () => {
    const note = withTopic("topic:", ["", "Saying no to the next project", "more words"], "\r\n");
    const text = close(note);
    expect(topicOf(text)).toBe("Saying no to the next project");
    expect(text).toContain("\r\ntopic: Saying no to the next project\r\n");
    // Only the topic line, the status value, the next date and the closing headings differ.
    const expected = note
      .replace("topic:\r\n", "topic: Saying no to the next project\r\n")
      .replace("status: open", "status: closed")
      .replace("custom_key: kept # a comment\r\n", "custom_key: kept # a comment\r\nnext: 2026-12-20\r\n");
    expect(text.startsWith(expected.slice(0, expected.indexOf("## Summary")))).toBe(true);
  });

  it("keeps the comment written after an empty topic and next, filling in the values before it", () => {
    const note = withTopic("topic:   # what we will talk about\nnext: # set when closing", ["Saying no"]);
    const expected = note
      .replace("topic:   # what", "topic:   Saying no # what")
      .replace("status: open", "status: closed")
      .replace("next: # set when closing", "next: 2026-12-20 # set when closing");
    const text = close(note);
    expect(text.slice(0, text.indexOf("## Topic"))).toBe(expected.slice(0, expected.indexOf("## Topic")));
  });

  it("adds a missing topic key, and treats an empty quoted topic as empty", () => {
    expect(topicOf(close(withTopic(null, ["Career change"])))).toBe("Career change");
    expect(topicOf(close(withTopic('topic: ""', ["Career change"])))).toBe("Career change");
    expect(topicOf(close(withTopic('topic: "   "', ["Career change"])))).toBe("Career change");
    // A no-break space pasted after the list marker is no part of the words either.
    expect(topicOf(close(withTopic("topic:", ["- \u00a0Career change"])))).toBe("Career change");
  });

  it("never overwrites a topic the user set", () => {
    const note = withTopic("topic: My own words # kept", ["Something else"]);
    const text = close(note);
    expect(text).toContain("topic: My own words # kept\n");
    expect(topicOf(text)).toBe("My own words");
    // A topic YAML reads as a number is the user's too.
    expect(close(withTopic("topic: 2027", ["Plans for next year"]))).toContain("\ntopic: 2027\n");
  });

  it("skips comments and a list marker, and leaves topic alone when the section is empty", () => {
    expect(topicOf(close(withTopic("topic:", ["<!-- what to talk about -->", "- Delegating"])))).toBe("Delegating");
    expect(topicOf(close(withTopic("topic:", ["  1. Delegating to the new lead"])))).toBe("Delegating to the new lead");
    const empty = close(withTopic("topic:", ["<!-- nothing yet -->"]));
    expect(topicOf(empty)).toBeNull();
    expect(empty).toContain("\ntopic:\n");
  });

  it("takes the first line under a setext Topic heading, not its underline", () => {
    const note = "---\ntype: mentoring-session\nstatus: open\ntopic:\n---\nTopic\n-----\nCareer change\n";
    expect(topicOf(close(note))).toBe("Career change");
  });

  it("finds the Danish Emne section too", () => {
    const note = withTopic("topic:", ["At sige fra"]).replace("## Topic", "## Emne").replace("## Summary", "## Opsummering");
    expect(topicOf(close(note))).toBe("At sige fra");
  });

  const awkward = [
    "Time: how to spend it",
    "Feedback #2",
    "\"Quoted\" and 'single'",
    "[brackets] first",
    "{braces} first",
    "*stars* first",
    "&anchor-like",
    "!tag-like",
    "%directive-like",
    "@at sign",
    "`code` first",
    "yes",
    "2026-11-22",
    "- not a list? # with hash",
    "Ends with colon:",
    "Åse's næste skridt 🚀",
  ];
  for (const topic of awkward) {
    it(`round-trips the topic ${JSON.stringify(topic)}`, () => {
      // The list-marker case is written as a bullet whose text begins with "- ".
      const line = topic.startsWith("- ") ? `- ${topic}` : topic;
      const text = close(withTopic("topic:", [line]));
      expect(topicOf(text)).toBe(topic);
      const again = closeSessionText(text, "2026-12-30", 14, "en");
      expect(again).toEqual({ ok: true, text, changed: false });
    });
  }
});

describe("topic taken from the Topic section keeps private parts out", () => {
  it("skips a private callout, a fenced block and a comment opened over several lines", () => {
    const note = [
      "---", "type: mentoring-session", "topic:", "status: open", "---",
      "## Topic", "> [!private] mine", "> secret worry", "```", "code line", "```", "<!--", "hidden", "-->", "%% quick note %% Growing as a lead", "## Summary", "",
    ].join("\n");
    const result = closeSessionText(note, "2026-11-25", 28, "en");
    if (!result.ok) throw new Error(result.reason);
    const read = readFrontmatter(result.text);
    expect(read.kind === "ok" ? read.data["topic"] : undefined).toBe("Growing as a lead");
  });

  // CommonMark's lazy continuation, which Obsidian's callouts follow: a line right after a callout's text,
  // with no `>`, continues that text inside the callout, through a comment over several lines too.
  it("skips a line that continues a private callout's text without a `>`", () => {
    for (const lines of [["> she may quit", "SECRET lazy line"], ["> she may %% quick", "note %%", "SECRET lazy line"]]) {
      const note = ["---", "type: mentoring-session", "topic:", "status: open", "---", "## Topic", "> [!private] Mine", ...lines, "", "Growing as a lead", "## Summary", ""].join("\n");
      const result = closeSessionText(note, "2026-11-25", 28, "en");
      if (!result.ok) throw new Error(result.reason);
      const read = readFrontmatter(result.text);
      expect(read.kind === "ok" ? read.data["topic"] : undefined).toBe("Growing as a lead");
    }
  });
});

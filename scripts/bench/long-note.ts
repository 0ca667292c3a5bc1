// The long session note of the note-size figure: an open session whose meeting log runs to `lines` lines,
// with comments of both kinds (`<!-- -->` and `%% %%`) near the top and again below the long stretch that
// has none (as a closed session ends in prompts), and the four closing headings. Closing it must touch
// only the frontmatter, so its time is the time of reading the note once.

const CLOSING = ["Summary", "Insights", "Ideas", "Actions"] as const;

export function longSessionNote(lines: number): string {
  const head = [
    "---",
    "type: mentoring-session",
    "mentee: Jane Doe",
    "mentor: Anna Holm",
    "session: 3",
    "date: 2026-11-02",
    "status: open",
    "---",
    "# Session 3",
    "",
    "## Topic",
    "<!-- What we talked about -->",
    "%% private: ask about the handover %%",
  ];
  const tail: string[] = [];
  for (const heading of CLOSING) tail.push("", `## ${heading}`, `<!-- ${heading} prompt -->`, "%% kept for the mentor %%");
  tail.push("- [ ] Read the last line 📅 2026-12-01");
  const body: string[] = [];
  for (let i = head.length + tail.length; i < lines; i += 1) {
    body.push(i % 40 === 0 ? "" : i % 7 === 0 ? `- ${String(i % 60).padStart(2, "0")}: a point from the log` : `Line ${i} of the meeting log, with æøå and 🚀.`);
  }
  return [...head, ...body, ...tail].join("\n") + "\n";
}

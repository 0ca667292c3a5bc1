import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  checklist,
  clockTime,
  describedList,
  questionSection,
  nextUnusedQuestion,
  placeBlock,
  privateQuestions,
  relationshipCheck,
  textInsertions,
  questionList,
  timeOutCallout,
  unusedQuestions,
  valuesExercise,
  type InsertBlock,
} from "../../../src/core/edits/inserts";
import { runs } from "../../setup/property-runs";

const TIME_OUTS = [
  "Is this conversation giving you what you came for?",
  "Am I challenging you enough?",
  "Should we take another angle?",
];

/** Applies a placement to a note the way an editor would, and returns the note and the cursor offset. */
function insertAt(note: string, line: number, ch: number, block: InsertBlock, eol: "\n" | "\r\n") {
  const lines = note.split(eol);
  const placement = placeBlock(block, lines[line] ?? "", ch, eol, lines[line - 1] ?? "");
  const lineStart = lines.slice(0, line).reduce((sum, text) => sum + text.length + eol.length, 0);
  const at = lineStart + ch;
  const text = note.slice(0, at) + placement.text + note.slice(at);
  const outLines = text.split(eol);
  const cursorLine = line + placement.cursor.line;
  return { text, placement, cursorLineText: outLines[cursorLine] ?? "", cursorLine, outLines };
}

describe("time-out callout", () => {
  it("writes the callout with the time and one line per question, then an empty answer line", () => {
    const block = timeOutCallout("Time-out", "10:42", TIME_OUTS.slice(0, 2));
    expect(block.lines).toEqual([
      "> [!question] Time-out 10:42",
      "> Is this conversation giving you what you came for?",
      "> Am I challenging you enough?",
      "",
      "",
    ]);
    expect(block.cursor).toEqual({ line: 4, ch: 0 });
  });

  it("formats the clock as HH:MM on the 24-hour clock", () => {
    expect(clockTime(new Date("2026-11-22T09:05:59"))).toBe("09:05");
    expect(clockTime(new Date("2026-11-22T21:30:00"))).toBe("21:30");
  });
});

describe("placing a block at the cursor", () => {
  const calloutBlock = (): InsertBlock => timeOutCallout("Time-out", "10:42", TIME_OUTS.slice(0, 1));

  it("on an empty line after a blank line: the block as is, cursor on the empty answer line", () => {
    const block = calloutBlock();
    const note = "## Notes\n\nWe talked about the new team.\n\n\n## Summary\n";
    const out = insertAt(note, 4, 0, block, "\n");
    expect(out.text).toBe(
      "## Notes\n\nWe talked about the new team.\n\n> [!question] Time-out 10:42\n> Is this conversation giving you what you came for?\n\n\n## Summary\n",
    );
    expect(out.cursorLineText).toBe("");
    expect(out.outLines[out.cursorLine - 1]).toBe("");
    expect(out.outLines[out.cursorLine - 2]).toMatch(/^> /);
  });

  it("in the middle of a line: keeps both halves, moves the rest below the block (CRLF kept)", () => {
    const block = calloutBlock();
    const note = "Anna wants to lead the project ✨ but is unsure\r\nnext line\r\n";
    const out = insertAt(note, 0, 33, block, "\r\n");
    expect(out.text.startsWith("Anna wants to lead the project ✨ \r\n\r\n> [!question]")).toBe(true);
    expect(out.text.endsWith("> Is this conversation giving you what you came for?\r\n\r\n\r\n\r\nbut is unsure\r\nnext line\r\n")).toBe(true);
    expect(out.text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(out.cursorLineText).toBe("");
    expect(out.outLines[out.cursorLine + 1]).toBe("");
    expect(out.outLines[out.cursorLine + 2]).toBe("but is unsure");
    expect(out.placement.cursor.ch).toBe(0);
  });

  it("right after a paragraph line: separates the block with a blank line", () => {
    const out = insertAt("Hun vil gerne være leder.\n", 1, 0, questionList([{ title: "Før mødet", questions: ["Hvad står tilbage?"] }]), "\n");
    expect(out.text).toBe("Hun vil gerne være leder.\n\n**Før mødet**\n- Hvad står tilbage?\n\t- \n");
    expect(out.cursorLineText).toBe("\t- ");
    expect(out.placement.cursor.ch).toBe(3);
  });

  // Each placement written out: the text inserted at the cursor and where the cursor lands, for the line
  // around it (before and after the cursor) and the line above.
  it("parts the block from the text around it by exactly the blank lines Markdown needs", () => {
    const block = calloutBlock();
    const body = block.lines.join("\n");
    const atBlock = { line: 3, ch: 0 };
    // An empty first line: nothing above, nothing to part.
    expect(placeBlock(block, "", 0, "\n")).toEqual({ text: body, cursor: atBlock });
    // An empty line under text: one line break, which with the line's own ending makes the blank line.
    expect(placeBlock(block, "", 0, "\n", "We talked.")).toEqual({ text: `\n${body}`, cursor: { line: 4, ch: 0 } });
    // A line above that holds only blanks is no text.
    expect(placeBlock(block, "", 0, "\n", "   ")).toEqual({ text: body, cursor: atBlock });
    // Blanks before the cursor are kept and ended.
    expect(placeBlock(block, "  ", 2, "\n")).toEqual({ text: `\n${body}`, cursor: { line: 4, ch: 0 } });
    // Text before the cursor: a blank line after it; blanks after the cursor stay where they are.
    expect(placeBlock(block, "Notes:   ", 6, "\n")).toEqual({ text: `\n\n${body}`, cursor: { line: 5, ch: 0 } });
    // At the start of a line of text: the text moves below the block, after a blank line.
    expect(placeBlock(block, "Rest of line", 0, "\n")).toEqual({ text: `${body}\n\n`, cursor: atBlock });
  });

  it("keeps one line ending between an answer line inside the block and the text moved below it", () => {
    const block = questionList([{ title: "Before", questions: ["What is left?"] }]);
    expect(block.cursor).toEqual({ line: 2, ch: 3 });
    expect(placeBlock(block, "Rest of line", 0, "\r\n")).toEqual({ text: "**Before**\r\n- What is left?\r\n\t- \r\n\r\n", cursor: { line: 2, ch: 3 } });
  });

  it("property: the note around the insertion is kept byte for byte", () => {
    const block = calloutBlock();
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("a", "æ", " ", "\t", "-", ">", "😀") }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<"\n" | "\r\n">("\n", "\r\n"),
        (lines, lineSeed, chSeed, eol) => {
          const note = lines.join(eol);
          const line = lineSeed % lines.length;
          const ch = chSeed % ((lines[line] ?? "").length + 1);
          const out = insertAt(note, line, ch, block, eol);
          const at = lines.slice(0, line).reduce((sum, text) => sum + text.length + eol.length, 0) + ch;
          expect(out.text.slice(0, at)).toBe(note.slice(0, at));
          expect(out.text.slice(at + out.placement.text.length)).toBe(note.slice(at));
          expect(out.placement.text).toContain(block.lines.join(eol));
        },
      ),
      runs(1000),
    );
  });
});

describe("question lists", () => {
  it("writes each group under a bold label with an empty answer item per question", () => {
    const block = questionList([
      { title: "Mentee, end of meeting", questions: ["What was useful today?", "What will you work on?"] },
      { title: "Mentor", questions: ["What caught my interest?"] },
    ]);
    expect(block.lines).toEqual([
      "**Mentee, end of meeting**",
      "- What was useful today?",
      "\t- ",
      "- What will you work on?",
      "\t- ",
      "",
      "**Mentor**",
      "- What caught my interest?",
      "\t- ",
      "",
    ]);
    expect(block.cursor).toEqual({ line: 2, ch: 3 });
  });

  it("writes a closing checklist as tasks", () => {
    expect(checklist("Closing", ["Celebrate what was reached", "Say thank you"])).toEqual([
      "**Closing**",
      "- [ ] Celebrate what was reached",
      "- [ ] Say thank you",
    ]);
  });
});

describe("described lists", () => {
  it("writes each group under a bold label, a blank line between groups, each item named in bold, the cursor below", () => {
    const block = describedList([
      { title: "Roles", items: [{ name: "Sounding board", description: "listens and asks." }, { name: "Door opener", description: "introduces people." }] },
      { title: "Ways to help", items: [{ name: "Stretch", description: "a task a bit too big." }] },
    ]);
    expect(block).toEqual({
      lines: ["**Roles**", "- **Sounding board**: listens and asks.", "- **Door opener**: introduces people.", "", "**Ways to help**", "- **Stretch**: a task a bit too big.", ""],
      cursor: { line: 6, ch: 0 },
    });
  });
});

describe("values exercise", () => {
  const exerciseBlock = (): InsertBlock => valuesExercise({
    title: "Values exercise",
    pickPrompt: "Tick the 6-8 values that matter most to you.",
    values: ["Autonomy", "Collaboration", "Freedom", "Influence"],
    trianglePrompt: "Put the three most important at the corners.",
    cornerLabel: "Value {n}",
    linkLabel: 'What links {a} and {b}',
    stepsTitle: "Repeat",
    steps: ["Draw a new triangle inside the first.", "Stop when the same values keep coming back."],
  });

  it("keeps the value checklist inside a callout so it is never read as actions", () => {
    const block = exerciseBlock();
    const checklistLines = block.lines.filter((line) => line.includes("[ ]"));
    expect(checklistLines).toHaveLength(4);
    for (const line of checklistLines) expect(line.startsWith("> - [ ] ")).toBe(true);
  });

  it("draws a triangle with three corners and three links, and blanks for each", () => {
    const block = exerciseBlock();
    const start = block.lines.indexOf("```mermaid");
    const end = block.lines.indexOf("```", start + 1);
    const diagram = block.lines.slice(start, end);
    expect(diagram.filter((line) => /V\d\[/.test(line))).toHaveLength(3);
    expect(diagram.filter((line) => line.includes("---|"))).toHaveLength(3);
    expect(block.lines).toContain("- What links 1 and 3: ");
    expect(block.lines).toContain("- Value 2: ");
    expect(block.lines[block.cursor.line]).toBe("- Value 1: ");
  });

  it("numbers the steps to repeat", () => {
    const block = exerciseBlock();
    expect(block.lines).toContain("2. Stop when the same values keep coming back.");
  });

  it("writes the whole exercise out, a double quote in a label turned into a single one inside the diagram", () => {
    const block = valuesExercise({
      title: "Values",
      pickPrompt: "Tick the ones that matter.",
      values: ["Autonomy", "Care"],
      trianglePrompt: "The three most important:",
      cornerLabel: 'Value "{n}"',
      linkLabel: "{a} and {b}",
      stepsTitle: "Repeat",
      steps: ["Draw again.", "Stop."],
    });
    expect(block.lines).toEqual([
      "> [!abstract] Values",
      "> Tick the ones that matter.",
      ">",
      "> - [ ] Autonomy",
      "> - [ ] Care",
      "",
      "The three most important:",
      "",
      "```mermaid",
      "flowchart TD",
      `  V1["Value '1': ___"]`,
      `  V2["Value '2': ___"]`,
      `  V3["Value '3': ___"]`,
      '  V1 ---|"1 and 2: ___"| V2',
      '  V2 ---|"2 and 3: ___"| V3',
      '  V1 ---|"1 and 3: ___"| V3',
      "```",
      "",
      '- Value "1": ',
      '- Value "2": ',
      '- Value "3": ',
      "- 1 and 2: ",
      "- 2 and 3: ",
      "- 1 and 3: ",
      "",
      "**Repeat**",
      "1. Draw again.",
      "2. Stop.",
      "",
    ]);
    expect(block.cursor).toEqual({ line: 18, ch: '- Value "1": '.length });
  });
});

describe("next unused question", () => {
  it("skips questions already in the note, whatever the case or wrapping", () => {
    const note = "> [!question] Time-out 10:00\n> is this conversation giving you\n> what you came for?\n";
    expect(nextUnusedQuestion(note, TIME_OUTS)).toBe("Am I challenging you enough?");
    expect(unusedQuestions(note, TIME_OUTS)).toEqual(TIME_OUTS.slice(1));
  });

  it("finds a question wrapped over lines of a nested quote, or written with doubled spaces", () => {
    const nested = "> > [!question] Time-out 10:00\n> > Is this conversation giving you\n> > what you came for?\n";
    expect(unusedQuestions(nested, TIME_OUTS)).toEqual(TIME_OUTS.slice(1));
    expect(unusedQuestions("Am I  challenging you\tenough?", TIME_OUTS)).toEqual([TIME_OUTS[0], TIME_OUTS[2]]);
  });

  it("starts again from the first when every question has been asked, and gives null for an empty bank", () => {
    expect(nextUnusedQuestion(TIME_OUTS.join("\n"), TIME_OUTS)).toBe(TIME_OUTS[0]);
    expect(nextUnusedQuestion("", [])).toBeNull();
  });
});

describe("textInsertions", () => {
  it("finds the insertions that rebuild the new text from the old", () => {
    const before = "a\r\n## Summary\r\nx\r\n";
    const after = "a\r\n## Summary\r\nx\r\n## Insights\r\n<!-- y -->\r\n";
    const insertions = textInsertions(before, after);
    expect(insertions).not.toBeNull();
    let rebuilt = before;
    for (const { offset, text } of [...(insertions ?? [])].reverse()) rebuilt = rebuilt.slice(0, offset) + text + rebuilt.slice(offset);
    expect(rebuilt).toBe(after);
  });

  it("gives null when text was removed or changed", () => {
    expect(textInsertions("abc", "ab")).toBeNull();
    expect(textInsertions("abc", "abX")).toBeNull();
  });

  it("property: any insertions into any text are found and rebuild it exactly", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.nat(), fc.string()), { maxLength: 5 }), (before, adds) => {
        let after = before;
        const offsets = adds.map(([seed, text]) => [seed % (before.length + 1), text] as const).sort((x, y) => y[0] - x[0]);
        for (const [offset, text] of offsets) after = after.slice(0, offset) + text + after.slice(offset);
        const insertions = textInsertions(before, after);
        expect(insertions).not.toBeNull();
        let rebuilt = before;
        for (const { offset, text } of [...(insertions ?? [])].reverse()) rebuilt = rebuilt.slice(0, offset) + text + rebuilt.slice(offset);
        expect(rebuilt).toBe(after);
      }),
      runs(1000),
    );
  });
});

describe("private blocks", () => {
  it("quotes a question list under `> [!private] title`, ends it with a blank line, and keeps the cursor on the first answer", () => {
    const block = privateQuestions("End of meeting (mentor)", [{ title: "End of meeting (mentor)", questions: ["What did I learn?", "What next?"] }]);
    expect(block.lines).toEqual(["> [!private] End of meeting (mentor)", "> - What did I learn?", "> \t- ", "> - What next?", "> \t- ", "", ""]);
    expect(block.cursor).toEqual({ line: 2, ch: 5 });
  });

  it("labels every group when there are two, even when the first is named as the callout", () => {
    const block = privateQuestions("Role", [
      { title: "Role", questions: ["Why?"] },
      { title: "Ethics", questions: ["Fair?"] },
    ]);
    expect(block.lines).toEqual(["> [!private] Role", "> **Role**", "> - Why?", "> \t- ", ">", "> **Ethics**", "> - Fair?", "> \t- ", "", ""]);
    expect(privateQuestions("Mentor reflection", [{ title: "Role", questions: ["Why?"] }]).lines).toEqual(["> [!private] Mentor reflection", "> **Role**", "> - Why?", "> \t- ", "", ""]);
  });

  it("with no question at all: an empty private callout, the cursor below it", () => {
    expect(privateQuestions("Nothing yet", [])).toEqual({ lines: ["> [!private] Nothing yet", "", ""], cursor: { line: 2, ch: 0 } });
    expect(questionList([{ title: "Empty", questions: [] }])).toEqual({ lines: ["**Empty**", ""], cursor: { line: 1, ch: 0 } });
  });

  it("keeps each group's label when the callout has a title of its own, and quotes the blank line between groups", () => {
    const block = privateQuestions("Mentor reflection", [
      { title: "Role", questions: ["Why?"] },
      { title: "Ethics", questions: ["Fair?"] },
    ]);
    expect(block.lines).toEqual(["> [!private] Mentor reflection", "> **Role**", "> - Why?", "> \t- ", ">", "> **Ethics**", "> - Fair?", "> \t- ", "", ""]);
  });

  it("puts a question group under a heading of its own, private, the cursor on the first answer", () => {
    const block = questionSection({ title: "Final evaluation (mentor)", questions: ["What did the relationship give you?", "What would you change?"] });
    expect(block.lines).toEqual([
      "## Final evaluation (mentor)",
      "> [!private]",
      "> - What did the relationship give you?",
      "> \t- ",
      "> - What would you change?",
      "> \t- ",
      "",
      "",
    ]);
    expect(block.cursor).toEqual({ line: 3, ch: 5 });
  });

  it("puts the relationship check's signs in a private callout and the cursor below it", () => {
    const block = relationshipCheck("Relationship check", "Which do I recognise?", ["Goals reached.", "Meetings keep slipping."]);
    expect(block.lines).toEqual([
      "> [!private] Relationship check",
      "> Which do I recognise?",
      ">",
      "> - Goals reached.",
      "> - Meetings keep slipping.",
      "",
      "",
    ]);
    expect(block.cursor).toEqual({ line: 6, ch: 0 });
  });
});

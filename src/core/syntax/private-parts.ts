// What in a note is private: `> [!private]` callouts (any case, with or without a title, folded or
// not, with everything nested in them) and comments (`%% … %%` and `<!-- … -->`, on one line or over
// several). Code is shown as written; what is code, and which comment is open at a line, is what the note's
// Markdown scan says. Private parts stay in the note; anything that copies text out of a note (a summary to
// share) copies only what this leaves.
import { startsBlock, visibleText, type MarkdownLine } from "./markdown";
import { isBlankLine } from "./text";

// Any indentation: these are only tested on lines the scan does not call code, so an indented `>` is a
// quote in a list item's content (`- Point` then `    > [!private]`), never indented code.
/** `> [!private]`, `>[!PRIVATE]-`, `> > [!Private]+ Title`: a callout of type private opens here. */
const PRIVATE_CALLOUT = /^[ \t]*>[ \t]*(?:>[ \t]*)*\[!private\][+-]?(?:[ \t]|$)/i;
/** A blockquote line: the callout's body continues while lines start with `>`. Group 1 is empty when it holds no text. */
const QUOTE_LINE = /^[ \t]*>[ \t>]*(\S?)/;

/**
 * The lines without their private parts, in one pass. A line that held only private text is left out;
 * a line with private text beside other text keeps the other text, trimmed at its end.
 */
export function withoutPrivateParts(scanned: readonly MarkdownLine[]): string[] {
  const kept: string[] = [];
  /** In a private callout: "text" when its last line held text (which a lazy line continues), else "quote"; null outside one. */
  let privateCallout: "text" | "quote" | null = null;
  // Which comment is open at each line is the scan's, also for the callout lines skipped here unread.
  for (const { text: line, block, commentAtStart } of scanned) {
    const quote = QUOTE_LINE.exec(line);
    // Lazy continuation (CommonMark, and so Obsidian's callouts): a line right after the callout's text that
    // starts no block of its own continues that text, inside the callout, up to a blank line.
    const lazy = privateCallout === "text" && !isBlankLine(line) && !startsBlock(line);
    const opens = commentAtStart === null && PRIVATE_CALLOUT.test(line);
    if (block !== "code" && ((privateCallout !== null && quote !== null) || lazy || opens)) {
      privateCallout = quote === null || quote[1] !== "" ? "text" : "quote";
      continue;
    }
    privateCallout = null;
    // Code ends a callout and is shown as written, comment markers in it too.
    const text = block === "code" ? line : visibleText(line, commentAtStart).text;
    if (text === line) kept.push(line);
    else if (text.trim() !== "") kept.push(text.trimEnd());
  }
  return kept;
}

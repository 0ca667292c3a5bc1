// What in a note is private: `> [!private]` callouts (any case, with or without a title, folded or
// not, with everything nested in them) and comments (`%% … %%` and `<!-- … -->`, on one line or over
// several). Code is shown as written; what is code, and which comment is open at a line, is what the note's
// Markdown scan says. Private parts stay in the note; anything that copies text out of a note (a summary to
// share) copies only what this leaves.
import { visibleText, type MarkdownLine } from "./markdown";

// Any indentation: these are only tested on lines the scan does not call code, so an indented `>` is a
// quote in a list item's content (`- Point` then `    > [!private]`), never indented code.
/** `> [!private]`, `>[!PRIVATE]-`, `> > [!Private]+ Title`: a callout of type private opens here. */
const PRIVATE_CALLOUT = /^[ \t]*>[ \t]*(?:>[ \t]*)*\[!private\][+-]?(?:[ \t]|$)/i;
/** A blockquote line: the callout's body continues while lines start with `>`. */
const QUOTE_LINE = /^[ \t]*>/;

/**
 * The lines without their private parts, in one pass. A line that held only private text is left out;
 * a line with private text beside other text keeps the other text, trimmed at its end.
 */
export function withoutPrivateParts(scanned: readonly MarkdownLine[]): string[] {
  const kept: string[] = [];
  let inPrivateCallout = false;
  // Which comment is open at each line is the scan's, also for the callout lines skipped here unread.
  for (const { text: line, block, commentAtStart } of scanned) {
    if (block === "code") {
      kept.push(line);
      inPrivateCallout = false;
      continue;
    }
    if (inPrivateCallout) {
      if (QUOTE_LINE.test(line)) continue;
      inPrivateCallout = false;
    }
    if (commentAtStart === null && PRIVATE_CALLOUT.test(line)) {
      inPrivateCallout = true;
      continue;
    }
    const visible = visibleText(line, commentAtStart);
    const removedSomething = visible.text !== line;
    if (!removedSomething) kept.push(line);
    else if (visible.text.trim() !== "") kept.push(visible.text.trimEnd());
  }
  return kept;
}

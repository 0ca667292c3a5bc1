// What in a note is private: `> [!private]` callouts (any case, with or without a title, folded or
// not, with everything nested in them) and comments (`%% … %%` and `<!-- … -->`, on one line or over
// several). Fenced code is shown as written. Private parts stay in the note; anything that copies
// text out of a note (a summary to share) copies only what this leaves.

/** `> [!private]`, `>[!PRIVATE]-`, `> > [!Private]+ Title`: a callout of type private opens here. */
const PRIVATE_CALLOUT = /^ {0,3}>[ \t]*(?:>[ \t]*)*\[!private\][+-]?(?:[ \t]|$)/i;
/** A blockquote line: the callout's body continues while lines start with `>`. */
const QUOTE_LINE = /^ {0,3}>/;
/** A code fence of three or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

type Comment = "%%" | "<!--";
const COMMENT_END: Record<Comment, string> = { "%%": "%%", "<!--": "-->" };

/**
 * The lines without their private parts, in one pass. A line that held only private text is left out;
 * a line with private text beside other text keeps the other text, trimmed at its end.
 */
export function withoutPrivateParts(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let fence: string | null = null;
  let comment: Comment | null = null;
  let inPrivateCallout = false;
  for (const line of lines) {
    if (fence !== null) {
      kept.push(line);
      if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    if (inPrivateCallout) {
      if (QUOTE_LINE.test(line)) continue;
      inPrivateCallout = false;
    }
    if (comment === null) {
      if (PRIVATE_CALLOUT.test(line)) {
        inPrivateCallout = true;
        continue;
      }
      const opening = FENCE.exec(line);
      if (opening) {
        fence = (opening[1] ?? "").slice(0, 3);
        kept.push(line);
        continue;
      }
    }
    const visible = visibleText(line, comment);
    comment = visible.comment;
    const removedSomething = visible.text !== line;
    if (!removedSomething) kept.push(line);
    else if (visible.text.trim() !== "") kept.push(visible.text.trimEnd());
  }
  return kept;
}

/** The line without comment text, given the comment open at its start; and the comment open at its end. */
function visibleText(line: string, open: Comment | null): { text: string; comment: Comment | null } {
  let text = "";
  let at = 0;
  let comment = open;
  while (at < line.length) {
    if (comment !== null) {
      const end = line.indexOf(COMMENT_END[comment], at);
      if (end === -1) return { text, comment };
      at = end + COMMENT_END[comment].length;
      comment = null;
      continue;
    }
    const percent = line.indexOf("%%", at);
    const html = line.indexOf("<!--", at);
    const next = percent === -1 ? html : html === -1 ? percent : Math.min(percent, html);
    if (next === -1) {
      text += line.slice(at);
      break;
    }
    text += line.slice(at, next);
    comment = next === percent ? "%%" : "<!--";
    at = next + comment.length;
  }
  return { text, comment };
}

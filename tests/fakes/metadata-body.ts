// The body half of the fake metadata cache: headings and list items as Obsidian's parser reports them,
// checked against notes Obsidian itself parsed (tests/fakes/obsidian-captures.test.ts).

export interface Loc {
  line: number;
  col: number;
  offset: number;
}
export interface Pos {
  start: Loc;
  end: Loc;
}
export interface HeadingCache {
  heading: string;
  level: number;
  position: Pos;
}
export interface ListItemCache {
  /** The parent item's line, or minus the first line of the list for a top-level item (-1 for line 0), as Obsidian. */
  parent: number;
  task?: string;
  position: Pos;
}

export interface Line {
  text: string;
  offset: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    lines.push({ text: raw.endsWith("\r") ? raw.slice(0, -1) : raw, offset });
    offset += raw.length + 1;
  }
  return lines;
}

function span(line: number, from: Line, startCol: number, endCol: number): Pos {
  return {
    start: { line, col: startCol, offset: from.offset + startCol },
    end: { line, col: endCol, offset: from.offset + endCol },
  };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/** Indent, marker, the spaces after it, an optional `[c]` checkbox, then the rest of the line. */
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(?:\[(.)\](?=[ \t]|$)[ \t]*)?(.*)$/;
/** A list item's content that itself opens a list ("- [ ] 1. text"): Obsidian reports a nested item on the same line. */
const NESTED_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]/;
/** Blockquote and callout markers (`>`, `> `, nested `>>`): list items inside them are list items too. */
const QUOTE = /^(?: {0,3}> ?)+/;

function indentWidth(indent: string): number {
  return [...indent].reduce((width, ch) => width + (ch === "\t" ? 4 : 1), 0);
}

/** `-`, `*` and `+` lists, and `1.` and `1)` lists, are different lists: changing the marker starts a new one. */
function markerKind(marker: string): string {
  return /\d/.test(marker) ? marker.slice(-1) : marker;
}

/** Comment blocks Obsidian does not read into the cache: `%%` … `%%` and `<!--` … `-->` starting a line. */
function commentEnd(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.startsWith("%%") && !trimmed.slice(2).includes("%%")) return "%%";
  if (trimmed.startsWith("<!--") && !trimmed.includes("-->")) return "-->";
  return null;
}

interface OpenItem {
  line: number;
  /** Where the item's content starts: a line indented this far or more belongs inside it. */
  contentIndent: number;
}

export function readBody(lines: Line[], firstBodyLine: number): { headings: HeadingCache[]; listItems: ListItemCache[] } {
  const headings: HeadingCache[] = [];
  const listItems: ListItemCache[] = [];
  let fence: string | null = null;
  let comment: string | null = null;
  let stack: OpenItem[] = [];
  let listStart = -1;
  let listKind = "";
  let wasQuoted = false;
  const endList = () => {
    stack = [];
    listStart = -1;
  };
  for (let i = firstBodyLine; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (comment !== null) {
      if (line.text.includes(comment)) comment = null;
      continue;
    }
    const fenceMatch = FENCE.exec(line.text);
    if (fence !== null) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1];
      endList();
      continue;
    }
    comment = commentEnd(line.text);
    if (comment !== null) {
      endList();
      continue;
    }
    const quote = QUOTE.exec(line.text)?.[0] ?? "";
    // Entering or leaving a blockquote ends the list around it.
    if ((quote !== "") !== wasQuoted) endList();
    wasQuoted = quote !== "";
    const content = line.text.slice(quote.length);
    const heading = quote === "" ? HEADING.exec(content) : null;
    if (heading?.[1] && heading[2] !== undefined) {
      headings.push({ heading: heading[2], level: heading[1].length, position: span(i, line, 0, line.text.length) });
      endList();
      continue;
    }
    const item = LIST_ITEM.exec(content);
    if (item) {
      const indent = indentWidth(item[1] ?? "");
      const marker = item[2] ?? "-";
      const spaces = indentWidth(item[3] ?? "");
      while (stack.length > 0 && (stack[stack.length - 1]?.contentIndent ?? 0) > indent) stack.pop();
      if (stack.length === 0 && (listStart < 0 || markerKind(marker) !== listKind)) {
        listStart = i;
        listKind = markerKind(marker);
      }
      const parentItem = stack[stack.length - 1];
      const start = quote.length + (item[1]?.length ?? 0);
      const entry: ListItemCache = { parent: parentItem ? parentItem.line : listStart === 0 ? -1 : -listStart, position: span(i, line, start, line.text.length) };
      if (item[4] !== undefined) entry.task = item[4];
      listItems.push(entry);
      stack.push({ line: i, contentIndent: indent + marker.length + (spaces > 4 || spaces === 0 ? 1 : spaces) });
      if (NESTED_MARKER.test(item[5] ?? "")) listItems.push({ parent: i, position: span(i, line, start, line.text.length) });
    } else if (content.trim() !== "" && !/^[ \t]/.test(content)) {
      endList();
    }
  }
  return { headings, listItems };
}

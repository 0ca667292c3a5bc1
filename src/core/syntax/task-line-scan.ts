// The reading half of the task-line syntax, private to actions.ts (which owns the syntax, writes and edits
// lines, and is the only importer): a note's task lines read in order, and each body's fields read from its
// end as Tasks does, into the records of task-line-results.ts with the prefix reader, words and character
// tests of task-line-tokens.ts. Every action of every note passes through here when the vault is indexed, so
// lines are read in place in the note's text by character code, fields are kept as offsets in reused
// arrays, and a value is sliced only when it is used.
import { isIsoDateAt } from "./dates";
import { BodyScan, dateAt, FIELDS, LineFields, SCAN, SPANS, withoutSpans } from "./task-line-results";
import {
  afterEmoji, backOverBlanks, dataviewKeyAt, dateStartAt, DONE, DUE, emojiKindAt, FIRST_EMOJI_UNIT, isBlank, isBlockIdAt, isBracket,
  isDateKind, isDateToken, KEY_COMPLETION, KEY_DUE, KEY_OTHER, KEY_OWNER, newPrefix, NO_KEY, NO_KIND, PRIORITY, readPrefix, tokenStart,
  trimmedIs, valueFits, WIDE_FIELDS, type Prefix,
} from "./task-line-tokens";
import type { Role, TaskLine } from "./actions";

/**
 * Reads the task lines of one text (a note, or a single line), front to back: `read` must be called for
 * lines in order. Where the next `::`, 🔁 and ⛔ sit is remembered, so each is searched for once per note
 * rather than once per line (most lines hold none).
 */
export class TaskLineReader {
  /**
   * One instance kept for the program's lifetime. An object's shape is otherwise held only by live
   * instances: a garbage collection between two index builds would drop it, and with it the optimised
   * code of every function that relied on it, to be re-learnt on the next build.
   */
  static readonly shapeKeeper: TaskLineReader = new TaskLineReader("");

  /** The next occurrence at or after the last position asked for: -2 not searched yet, -1 none left. */
  private colons = -2;
  private recurrence = -2;
  private depends = -2;
  private readonly prefix: Prefix = newPrefix();

  constructor(public text: string) {}

  /** Starts reading another text: a reader that reads note after note is made once. */
  reset(text: string): this {
    this.text = text;
    this.colons = -2;
    this.recurrence = -2;
    this.depends = -2;
    return this;
  }

  colonsFrom(from: number): number {
    if (this.colons !== -1 && this.colons < from) this.colons = this.text.indexOf("::", from);
    return this.colons;
  }

  wideFrom(field: number, from: number): number {
    if (field === 0) {
      if (this.recurrence !== -1 && this.recurrence < from) this.recurrence = this.text.indexOf(WIDE_FIELDS[0]?.emoji as string, from);
      return this.recurrence;
    }
    if (this.depends !== -1 && this.depends < from) this.depends = this.text.indexOf(WIDE_FIELDS[1]?.emoji as string, from);
    return this.depends;
  }

  /** The task line `text[start, end)` (a whole line, without its ending), or null when it is none. */
  read(start: number, end: number): TaskLine | null {
    const prefix = this.prefix;
    return readPrefix(this.text, start, end, prefix) ? taskLineOf(this, start, end, prefix) : null;
  }

  /**
   * What the index keeps of the task line `text[start, end)` (its status, dates and owner), without making
   * its words or any other string; null when it is no task line. The result is shared: read it at once.
   */
  readFields(start: number, end: number): Readonly<LineFields> | null {
    return this.readStatus(start, end) ? this.fieldsAfterStatus(end) : null;
  }

  /**
   * Reads only the prefix of the task line `text[start, end)`, up to its status, which `statusStart` and
   * `statusEnd` then hold; false when it is no task line. `fieldsAfterStatus` reads on.
   */
  readStatus(start: number, end: number): boolean {
    return readPrefix(this.text, start, end, this.prefix);
  }

  get statusStart(): number {
    return this.prefix.statusStart;
  }

  get statusEnd(): number {
    return this.prefix.statusEnd;
  }

  /** `readFields` for the line whose status `readStatus` read last (`end`, its end). The result is shared. */
  fieldsAfterStatus(end: number): Readonly<LineFields> {
    readFields(this, end, this.prefix);
    return FIELDS;
  }
}

/** Dataview `[key:: value]` and `(key:: value)` fields, found from their `::`. Wiki links are never fields. */
function inlineFields(reader: TaskLineReader, bodyStart: number, bodyEnd: number, scan: BodyScan): void {
  const text = reader.text;
  let from = bodyStart;
  for (let sep = reader.colonsFrom(bodyStart); sep !== -1 && sep + 2 <= bodyEnd; sep = reader.colonsFrom(Math.max(sep + 2, from))) {
    let open = sep - 1;
    while (open >= from && !isBracket(text.charCodeAt(open))) open--;
    if (open < from) continue;
    const opener = text.charCodeAt(open);
    if (opener !== 91 && opener !== 40) continue;
    if (opener === 91 && open > bodyStart && text.charCodeAt(open - 1) === 91) continue;
    const key = dataviewKeyAt(text, open + 1, sep);
    if (key === NO_KEY) continue;
    const closer = opener === 91 ? 93 : 41;
    let depth = 1;
    let close = sep + 2;
    for (; close < bodyEnd; close++) {
      const code = text.charCodeAt(close);
      if (code === opener) depth++;
      else if (code === closer && --depth === 0) break;
    }
    if (depth !== 0) continue;
    scan.addInline(open, close + 1, key, sep + 2, close);
    from = close + 1;
  }
}

/** Where the emoji of fields with spaces in their value sit in the body (usually nowhere), field by field. */
function wideFieldEmoji(reader: TaskLineReader, bodyStart: number, bodyEnd: number, scan: BodyScan): void {
  for (let field = 0; field < WIDE_FIELDS.length; field++) {
    const length = (WIDE_FIELDS[field]?.emoji as string).length;
    for (let at = reader.wideFrom(field, bodyStart); at !== -1 && at + length <= bodyEnd; at = reader.wideFrom(field, at + 1)) scan.addWide(at, field);
  }
}

/** Reads the fields of the body `text[bodyStart, bodyEnd)` from its end, the way Tasks does, stepping over tags and Dataview fields. */
export function scanBody(reader: TaskLineReader, bodyStart: number, bodyEnd: number): BodyScan {
  const text = reader.text;
  const scan = SCAN;
  scan.reset();
  inlineFields(reader, bodyStart, bodyEnd, scan);
  let end = backOverBlanks(text, bodyEnd, bodyStart);
  // A date, the commonest last token, is no block id: only another last token is read to its start.
  const datedEnd = isDateToken(text, end, bodyStart) ? end : -1;
  const lastStart = datedEnd === -1 ? tokenStart(text, end, bodyStart) : -1;
  if (lastStart !== -1 && isBlockIdAt(text, lastStart, end)) {
    scan.blockIdStart = lastStart;
    scan.blockIdEnd = end;
    end = backOverBlanks(text, lastStart, bodyStart);
  }
  scan.appendAt = end;
  wideFieldEmoji(reader, bodyStart, bodyEnd, scan);
  scan: while (end > bodyStart) {
    const last = text.charCodeAt(end - 1);
    if (last === 93 || last === 41 /* ] ) */) {
      const field = scan.inlineEndingAt(end);
      if (field !== -1) {
        end = backOverBlanks(text, scan.inlineStart[field] as number, bodyStart);
        continue;
      }
    }
    for (let i = 0; i < scan.wideCount; i++) {
      const at = scan.wideAt[i] as number;
      const field = WIDE_FIELDS[scan.wideField[i] as number] as (typeof WIDE_FIELDS)[number];
      const valueStart = at + field.emoji.length;
      if (valueStart < end && field.value.test(text.slice(valueStart, end))) {
        let trimmed = valueStart;
        while (text.charCodeAt(trimmed) === 0xfe0f || text.charCodeAt(trimmed) === 32) trimmed++;
        scan.addEmoji(field.kind, at, end, trimmed);
        end = backOverBlanks(text, at, bodyStart);
        continue scan;
      }
    }
    const dated = end === datedEnd || isDateToken(text, end, bodyStart);
    const start = dated ? end - 10 : tokenStart(text, end, bodyStart);
    if (text.charCodeAt(start) === 35 /* # */ && end - start > 1) {
      end = backOverBlanks(text, start, bodyStart); // a tag: stays in the text, Tasks reads on past it
      continue;
    }
    const own = emojiKindAt(text, start, bodyEnd);
    const ownValue = own === NO_KIND ? -1 : afterEmoji(text, start, bodyEnd);
    if (own === PRIORITY && ownValue === end) {
      scan.addEmoji(PRIORITY, start, end, end);
    } else if (own !== NO_KIND && ownValue < end && valueFits(own, text, ownValue, end)) {
      scan.addEmoji(own, start, end, ownValue);
    } else {
      // A value on its own: the token before it must be just the emoji, at most three code units that
      // end in one of an emoji's units or U+FE0F (all at least FIRST_EMOJI_UNIT).
      if (own !== NO_KIND) break;
      const emojiEnd = backOverBlanks(text, start, bodyStart);
      if (emojiEnd === start || emojiEnd === bodyStart || !(text.charCodeAt(emojiEnd - 1) >= FIRST_EMOJI_UNIT)) break;
      let emojiStart = emojiEnd - 1;
      while (emojiStart > bodyStart && emojiEnd - emojiStart <= 3 && !isBlank(text.charCodeAt(emojiStart - 1))) emojiStart--;
      if (emojiEnd - emojiStart > 3) break;
      const before = emojiKindAt(text, emojiStart, bodyEnd);
      if (before === NO_KIND || afterEmoji(text, emojiStart, bodyEnd) !== emojiEnd) break;
      if (!(dated && isDateKind(before)) && !valueFits(before, text, start, end)) break;
      scan.addEmoji(before, emojiStart, end, start);
      end = backOverBlanks(text, emojiStart, bodyStart);
      continue;
    }
    end = backOverBlanks(text, start, bodyStart);
  }
  scan.textEnd = scan.emojiCount > 0 ? backOverBlanks(text, scan.emojiStart[scan.emojiCount - 1] as number, bodyStart) : scan.appendAt;
  return scan;
}

/** Reads the fields of the task line `text[start, end)`, whose prefix is read already, into `FIELDS` (and `SPANS`). */
function readFields(reader: TaskLineReader, end: number, prefix: Prefix): BodyScan {
  const text = reader.text;
  const scan = scanBody(reader, prefix.bodyStart, end);
  const fields = FIELDS;
  fields.statusStart = prefix.statusStart;
  fields.statusEnd = prefix.statusEnd;
  let due = -1;
  let completion = -1;
  let owner: Role = "mentee";
  let hidden = 0;
  for (let i = 0; i < scan.inlineCount; i++) {
    const key = scan.inlineKey[i] as number;
    if (key === KEY_OTHER) continue;
    const valueStart = scan.inlineValueStart[i] as number;
    const valueEnd = scan.inlineValueEnd[i] as number;
    if (key === KEY_OWNER) {
      if (trimmedIs(text, valueStart, valueEnd, "mentor")) owner = "mentor";
      else if (trimmedIs(text, valueStart, valueEnd, "mentee")) owner = "mentee";
      else continue;
    } else {
      const date = dateStartAt(text, valueStart, valueEnd);
      if (date === -1) continue;
      if (key === KEY_DUE) due = date;
      else if (key === KEY_COMPLETION) completion = date;
    }
    SPANS[2 * hidden] = scan.inlineStart[i] as number;
    SPANS[2 * hidden++ + 1] = scan.inlineEnd[i] as number;
  }
  // The scan lists emoji fields last first; walk them in line order so that, as above, the last one wins.
  for (let i = scan.emojiCount - 1; i >= 0; i--) {
    const kind = scan.emojiKind[i] as number;
    const fieldEnd = scan.emojiEnd[i] as number;
    if (isDateKind(kind)) {
      const valueStart = scan.emojiValue[i] as number;
      // A field with a date that is no date stays in the text, so the reader sees what is wrong.
      if (!isIsoDateAt(text, valueStart, fieldEnd)) continue;
      if (kind === DUE) due = valueStart;
      else if (kind === DONE) completion = valueStart;
    }
    SPANS[2 * hidden] = scan.emojiStart[i] as number;
    SPANS[2 * hidden++ + 1] = fieldEnd;
  }
  if (scan.blockIdStart !== -1) {
    SPANS[2 * hidden] = scan.blockIdStart;
    SPANS[2 * hidden++ + 1] = scan.blockIdEnd;
  }
  fields.dueStart = due;
  fields.completionStart = completion;
  fields.owner = owner;
  fields.hidden = hidden;
  return scan;
}

/** The `TaskLine` of the task line `text[start, end)`, whose prefix is read already. */
function taskLineOf(reader: TaskLineReader, start: number, end: number, prefix: Prefix): TaskLine {
  const text = reader.text;
  const bodyStart = prefix.bodyStart;
  const scan = readFields(reader, end, prefix);
  const { dueStart, completionStart, owner, hidden } = FIELDS;
  const body = text.slice(bodyStart, end);
  return {
    indent: text.slice(start, prefix.markerStart),
    marker: text.slice(prefix.markerStart, prefix.markerEnd),
    status: text.slice(prefix.statusStart, prefix.statusEnd),
    body,
    text: (hidden === 0 ? body : withoutSpans(text, bodyStart, end, SPANS, hidden)).trim(),
    due: dateAt(text, dueStart),
    completion: dateAt(text, completionStart),
    owner,
    blockId: scan.blockIdStart === -1 ? null : text.slice(scan.blockIdStart + 1, scan.blockIdEnd),
    format: scan.dateFormat(),
  };
}

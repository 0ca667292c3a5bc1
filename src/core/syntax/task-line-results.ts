// What a read of the task-line syntax leaves, private to actions.ts and task-line-scan.ts: a body's fields
// (BodyScan) and a line's (LineFields), kept as offsets in the text read in arrays and objects that every
// line of every note reuses, and the spans that cut the fields out of a body's words.
import { backOverBlanks, isDateKey, isDateKind } from "./task-line-tokens";
import type { ActionFormat, Role } from "./actions";
import type { IsoDate } from "./dates";

/**
 * What `scanBody` found in a body. One instance serves every scan, its fields kept as offsets in parallel
 * arrays (in the text the body was read from); values are sliced only when read.
 */
export class BodyScan {
  /** Tasks fields at the end of the body, the last one first: kind, span (from the emoji) and value start. */
  emojiCount = 0;
  readonly emojiKind: number[] = [];
  readonly emojiStart: number[] = [];
  readonly emojiEnd: number[] = [];
  readonly emojiValue: number[] = [];
  /** Dataview fields anywhere in the body, in order: span (from the bracket), key, and the untrimmed value. */
  inlineCount = 0;
  readonly inlineStart: number[] = [];
  readonly inlineEnd: number[] = [];
  readonly inlineKey: number[] = [];
  readonly inlineValueStart: number[] = [];
  readonly inlineValueEnd: number[] = [];
  /** Emoji of fields with spaces in their value: where each sits and which of WIDE_FIELDS it opens. */
  wideCount = 0;
  readonly wideAt: number[] = [];
  readonly wideField: number[] = [];
  /** The block id's span (from its `^`), -1 without one. */
  blockIdStart = -1;
  blockIdEnd = -1;
  /** Where a new trailing field goes: after the content, before a block id and trailing whitespace. */
  appendAt = 0;
  /** Where new words go: before the trailing Tasks fields (Tasks reads those from the end). */
  textEnd = 0;

  reset(): void {
    this.emojiCount = 0;
    this.inlineCount = 0;
    this.wideCount = 0;
    this.blockIdStart = -1;
    this.blockIdEnd = -1;
  }

  addEmoji(kind: number, start: number, end: number, valueStart: number): void {
    const at = this.emojiCount++;
    this.emojiKind[at] = kind;
    this.emojiStart[at] = start;
    this.emojiEnd[at] = end;
    this.emojiValue[at] = valueStart;
  }

  addInline(start: number, end: number, key: number, valueStart: number, valueEnd: number): void {
    const at = this.inlineCount++;
    this.inlineStart[at] = start;
    this.inlineEnd[at] = end;
    this.inlineKey[at] = key;
    this.inlineValueStart[at] = valueStart;
    this.inlineValueEnd[at] = valueEnd;
  }

  addWide(at: number, field: number): void {
    const index = this.wideCount++;
    this.wideAt[index] = at;
    this.wideField[index] = field;
  }

  hasEmoji(kind: number): boolean {
    for (let i = 0; i < this.emojiCount; i++) if (this.emojiKind[i] === kind) return true;
    return false;
  }

  hasInline(key: number): boolean {
    for (let i = 0; i < this.inlineCount; i++) if (this.inlineKey[i] === key) return true;
    return false;
  }

  /** The Dataview field ending at `end`, or -1. */
  inlineEndingAt(end: number): number {
    for (let i = 0; i < this.inlineCount; i++) if (this.inlineEnd[i] === end) return i;
    return -1;
  }

  /** The date syntax a line already uses: Tasks when it has any Tasks date, else Dataview's, else none. */
  dateFormat(): ActionFormat | null {
    for (let i = 0; i < this.emojiCount; i++) if (isDateKind(this.emojiKind[i] as number)) return "tasks";
    for (let i = 0; i < this.inlineCount; i++) if (isDateKey(this.inlineKey[i] as number)) return "dataview";
    return null;
  }
}
export const SCAN = new BodyScan();

/** Spans to cut out of a body, as start and end offsets in turn; reused like the scan. */
export const SPANS: number[] = [];

/** The body `text[bodyStart, bodyEnd)` without `count` spans of `spans` (start, end pairs), each taken with the whitespace just before it. */
export function withoutSpans(text: string, bodyStart: number, bodyEnd: number, spans: number[], count: number): string {
  // Stable insertion sort by start: the spans come nearly in order, and there are a handful.
  for (let i = 1; i < count; i++) {
    const start = spans[2 * i] as number;
    const end = spans[2 * i + 1] as number;
    let k = i - 1;
    for (; k >= 0 && (spans[2 * k] as number) > start; k--) {
      spans[2 * k + 2] = spans[2 * k] as number;
      spans[2 * k + 3] = spans[2 * k + 1] as number;
    }
    spans[2 * k + 2] = start;
    spans[2 * k + 3] = end;
  }
  let out = "";
  let from = bodyStart;
  for (let i = 0; i < count; i++) {
    const start = spans[2 * i] as number;
    if (start < from) continue;
    out += text.slice(from, Math.max(from, backOverBlanks(text, start, bodyStart)));
    from = spans[2 * i + 1] as number;
  }
  return out + text.slice(from, bodyEnd);
}

/**
 * What a task line's fields say, as `readFields` leaves it: one instance serves every line read. The
 * spans that hide the fields from the line's words are left in `SPANS` (`hidden` of them).
 */
export class LineFields {
  statusStart = 0;
  statusEnd = 0;
  /** Where the due date (ten characters) starts in the text read, -1 without one. */
  dueStart = -1;
  /** Where the completion date starts, likewise. */
  completionStart = -1;
  owner: Role = "mentee";
  hidden = 0;
}
export const FIELDS = new LineFields();

/** The date that starts at `start` (as `LineFields` gives it), or null for -1. */
export const dateAt = (text: string, start: number): IsoDate | null => (start === -1 ? null : text.slice(start, start + 10));

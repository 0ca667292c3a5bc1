// The note-size figure: "close session" on a long note and on one twice as long. A one-pass reader takes
// about twice the time; a reader that searches ahead from every line takes four times or more.
import { closeSessionText } from "../../src/core/edits/close-session";
import { longSessionNote } from "./long-note";
import { median, timeOnce } from "./measure";
import { sink } from "./scenarios";

export interface NoteSizeFigures {
  /** The line counts of the pair measured: [100,000, 200,000] unless the smaller note took too long. */
  lines: [number, number];
  smallMs: number;
  largeMs: number;
  growth: number;
}

/** Longest the larger note's close may take: a reader that searches ahead from every line takes minutes. */
const BUDGET_MS = 1_500;
const FIRST_PAIR = 12_500;

function closeOnce(text: string): number {
  return timeOnce(() => closeSessionText(text, "2026-11-23", 28, "en"), (result) => {
    if (!result.ok) throw new Error(`the long note did not close: ${result.reason}`);
    sink(result.text.length);
  });
}

/**
 * Doubles from 12,500 lines up to the wanted pair, closing each larger note once, and measures the
 * largest pair whose larger note closed within the budget (alternating, median of `repetitions`);
 * `lines` says which pair that was.
 */
export function timeNoteSize(largeLines: number, repetitions: number): NoteSizeFigures {
  let small = FIRST_PAIR;
  while (small * 2 < largeLines && closeOnce(longSessionNote(small * 4)) <= BUDGET_MS) small *= 2;
  const smallText = longSessionNote(small);
  const largeText = longSessionNote(small * 2);
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    smallTimes.push(closeOnce(smallText));
    largeTimes.push(closeOnce(largeText));
  }
  const smallMs = median(smallTimes);
  const largeMs = median(largeTimes);
  return { lines: [small, small * 2], smallMs, largeMs, growth: largeMs / smallMs };
}

// Calendar dates as the notes write them: `YYYY-MM-DD`, no time and no zone. Arithmetic is done on UTC
// midnights, which have no daylight-saving changes, so adding days never shifts a date.
import { format, isValid } from "date-fns";
import { message, type ProblemMessage } from "../i18n";

/** A calendar date, always `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** 0000-01-01 and 9999-12-31 in days since 1970-01-01: the first and last day `YYYY-MM-DD` can write. */
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;
/** The day number of no date: after every date, so that undated things sort last. */
const UNDATED_DAY = 100_000_000;

/** The year, month and day of a `YYYY-MM-DD` string naming a real calendar day, or null for anything else. */
function calendarDay(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_SHAPE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** The days from 1970-01-01 to a real `YYYY-MM-DD` day (negative before), or null for anything else. */
export function daysSinceEpoch(value: string): number | null {
  const calendar = calendarDay(value);
  if (calendar === null) return null;
  const date = new Date(0);
  date.setUTCFullYear(calendar.year, calendar.month - 1, calendar.day); // unlike Date.UTC, keeps years below 100 as written
  return date.getTime() / MS_PER_DAY;
}

/** Shaped like `YYYY-MM-DD`, whether or not it names a real day (Tasks reads such a field as a date). */
export function hasIsoDateShape(value: string): boolean {
  return ISO_SHAPE.test(value);
}

/** A `YYYY-MM-DD` string naming a real calendar day (in the Gregorian calendar, as JavaScript's `Date` counts). */
export function isIsoDate(value: string): boolean {
  return calendarDay(value) !== null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A date as the number YYYYMMDD, which orders as the text does; after every date for null. */
export function dayNumber(date: IsoDate | null): number {
  return date === null ? UNDATED_DAY : Number(date.replaceAll("-", ""));
}

/**
 * A strict `YYYY-MM-DD` that names a real calendar day, or null. A Date object (what a YAML timestamp
 * can become) counts by its UTC date, the day that was written.
 */
export function parseIsoDate(value: unknown): IsoDate | null {
  if (value instanceof Date) {
    if (!isValid(value)) return null;
    const year = value.getUTCFullYear();
    return year < 0 || year > 9999 ? null : value.toISOString().slice(0, 10);
  }
  return typeof value === "string" && isIsoDate(value) ? value : null;
}

/** Why a value is not a date, as a message (for a Problem). Only meaningful when parseIsoDate gave null. */
export function dateProblemMessage(value: unknown): ProblemMessage {
  if (typeof value === "string") {
    if (ISO_SHAPE.test(value)) return message("problem.date.notReal", { value });
    return value === "" ? message("problem.date.empty") : message("problem.date.notIso", { value });
  }
  if (value instanceof Date) return message("problem.date.badTimestamp");
  if (typeof value === "number" || typeof value === "boolean") return message("problem.date.notIso", { value: String(value) });
  if (Array.isArray(value)) return message("problem.date.list");
  return message("problem.date.other");
}

/** The local calendar date of a moment (what "today" means to the person at the keyboard). */
export function toIsoDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

/**
 * The date `days` calendar days later (earlier when negative); null when that day falls outside
 * 0000-01-01 to 9999-12-31, which no note can hold. An unreadable date is returned unchanged.
 */
export function addDays(iso: IsoDate, days: number): IsoDate | null {
  const day = daysSinceEpoch(iso);
  if (day === null || !Number.isFinite(days)) return iso;
  const result = day + Math.trunc(days);
  return result < FIRST_DAY || result > LAST_DAY ? null : new Date(result * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later); NaN if either is not a date. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const start = daysSinceEpoch(from);
  const end = daysSinceEpoch(to);
  return start === null || end === null ? Number.NaN : end - start;
}

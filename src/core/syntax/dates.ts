// Calendar dates as the notes write them: `YYYY-MM-DD`, no time and no zone. Arithmetic counts whole
// calendar days (no clock, no time zone), so daylight-saving changes never shift a date.
import { format, isValid } from "date-fns";
import { message, type ProblemMessage } from "../i18n";

/** A calendar date, always `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_FORMAT = "yyyy-MM-dd";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digitAt = (text: string, at: number): number => text.charCodeAt(at) - 48;

/** Whether `text[start, end)` looks like `YYYY-MM-DD` (Tasks' own test; the calendar is checked apart). */
export function hasDateShape(text: string, start: number, end: number): boolean {
  return end - start === 10 && text.charCodeAt(start + 4) === 45 && text.charCodeAt(start + 7) === 45 &&
    twoDigitsAt(text, start) >= 0 && twoDigitsAt(text, start + 2) >= 0 && twoDigitsAt(text, start + 5) >= 0 && twoDigitsAt(text, start + 8) >= 0;
}

/**
 * A `YYYY-MM-DD` string naming a real calendar day. Hand-written rather than date-fns' parse because the
 * index checks every date field of every action: this allocates nothing.
 */
export function isIsoDate(value: string): boolean {
  return isIsoDateAt(value, 0, value.length);
}

/** `isIsoDate` for `text[start, end)`, so that a date inside a line is checked before it is sliced. */
export function isIsoDateAt(text: string, start: number, end: number): boolean {
  if (end - start !== 10 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return false;
  const century = twoDigitsAt(text, start);
  const yearInCentury = twoDigitsAt(text, start + 2);
  const month = twoDigitsAt(text, start + 5);
  const day = twoDigitsAt(text, start + 8);
  if (century < 0 || yearInCentury < 0 || month < 1 || month > 12 || day < 1) return false;
  const year = century * 100 + yearInCentury;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31));
}

/** The day number of no date: after every date, so that undated things sort last. */
export const UNDATED_DAY = 100_000_000;

/**
 * `YYYY-MM-DD` as the number YYYYMMDD, which orders as the text does; `UNDATED_DAY` for null. Anything
 * that is not in that form (the index only keeps valid dates) would compare as its text's digits, never throw.
 */
export function dayNumber(date: IsoDate | null): number {
  return date === null ? UNDATED_DAY : dayNumberAt(date, 0, date.length);
}

/** The date whose `dayNumber` this is (`YYYY-MM-DD`), null for `UNDATED_DAY`. */
export function dateOfDayNumber(day: number): IsoDate | null {
  if (day === UNDATED_DAY) return null;
  const year = Math.floor(day / 10000);
  return `${String(year).padStart(4, "0")}-${pad2(Math.floor(day / 100) - year * 100)}-${pad2(day % 100)}`;
}

/** `dayNumber` of the date `text[start, end)`, read in place. */
export function dayNumberAt(text: string, start: number, end: number): number {
  let day = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) day = day * 10 + (code - 48);
  }
  return Math.min(day, UNDATED_DAY - 1);
}

/** The number written by the two digits at `at`, or -1 when they are not two digits. Each is read once. */
function twoDigitsAt(text: string, at: number): number {
  const tens = digitAt(text, at);
  const ones = digitAt(text, at + 1);
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * The days from 1970-01-01 to a valid ISO date in the proleptic Gregorian calendar (negative before), or
 * null. Counted, not built through `Date`: local dates ask the system's time zone rules, which made the
 * dashboard's date arithmetic cost microseconds a call.
 */
function daysSinceEpoch(iso: string): number | null {
  if (!isIsoDate(iso)) return null;
  const year = twoDigitsAt(iso, 0) * 100 + twoDigitsAt(iso, 2);
  const month = twoDigitsAt(iso, 5);
  const day = twoDigitsAt(iso, 8);
  // Years counted from March, so that a leap day is the last day of its year.
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The ISO date so many days after 1970-01-01 (the inverse of `daysSinceEpoch`). */
function isoOfDaysSinceEpoch(days: number): IsoDate {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/**
 * A strict `YYYY-MM-DD` that names a real calendar day, or null. A Date object (what a YAML timestamp
 * can become) counts by its UTC date, the day that was written.
 */
export function parseIsoDate(value: unknown): IsoDate | null {
  if (value instanceof Date) {
    if (!isValid(value)) return null;
    const year = value.getUTCFullYear();
    if (year < 0 || year > 9999) return null;
    return `${String(year).padStart(4, "0")}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`;
  }
  if (typeof value !== "string") return null;
  return isIsoDate(value) ? value : null;
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
  return format(date, ISO_FORMAT);
}

/** 0000-01-01 and 9999-12-31 as `daysSinceEpoch`: the first and last day `YYYY-MM-DD` can write. */
const FIRST_DAY = -719528;
const LAST_DAY = 2932896;

/**
 * The date `days` calendar days later (earlier when negative); null when that day falls outside
 * 0000-01-01 to 9999-12-31, which no note can hold. An unreadable date is returned unchanged.
 */
export function addDays(iso: IsoDate, days: number): IsoDate | null {
  const day = daysSinceEpoch(iso);
  if (day === null || !Number.isFinite(days)) return iso;
  const result = day + Math.trunc(days);
  return result < FIRST_DAY || result > LAST_DAY ? null : isoOfDaysSinceEpoch(result);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later); NaN if either is not a date. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const start = daysSinceEpoch(from);
  const end = daysSinceEpoch(to);
  if (start === null || end === null) return Number.NaN;
  return end - start;
}

/** Orders valid ISO dates; their text order is their calendar order. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

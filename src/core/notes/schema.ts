// The one module that knows our frontmatter: the note types, the key names (English in every language)
// and what each key's value must be. Reading turns wrong values into problems and falls back to a
// default, so one bad key never hides the rest of a note.
import { dateProblemMessage, parseIsoDate } from "../syntax/dates";
import { message } from "../i18n";
import { problemOf } from "./problems";
import type { FrontmatterValue, FrontmatterValues } from "../syntax/frontmatter";
import type { Action, Agreement, AgreementStatus, Focus, Goal, IsoDate, Phase, Problem, ProblemMessage, Role, Session, SessionStatus } from "./types";

export const NOTE_TYPES = { agreement: "mentoring-agreement", session: "mentoring-session" } as const;

export const AGREEMENT_KEYS = {
  type: "type",
  mentee: "mentee",
  mentor: "mentor",
  role: "role",
  start: "start",
  end: "end",
  meetingsPlanned: "meetings_planned",
  cadenceDays: "cadence_days",
  meetingMinutes: "meeting_minutes",
  status: "status",
  next: "next",
} as const;

export const SESSION_KEYS = {
  type: "type",
  mentee: "mentee",
  mentor: "mentor",
  session: "session",
  date: "date",
  phase: "phase",
  topic: "topic",
  focus: "focus",
  status: "status",
  agreement: "agreement",
  next: "next",
} as const;

const ROLES: readonly Role[] = ["mentor", "mentee"];
const AGREEMENT_STATUSES: readonly AgreementStatus[] = ["active", "ended"];
const SESSION_STATUSES: readonly SessionStatus[] = ["open", "closed"];
const PHASES: readonly Phase[] = ["start", "middle", "final"];
const FOCUSES: readonly Focus[] = ["personal", "professional", "relational"];

/** Reads one note's keys, collecting a problem for each value that is wrong. */
class FieldReader {
  readonly problems: Problem[] = [];

  constructor(
    private readonly values: FrontmatterValues,
    private readonly file: string,
  ) {}

  private complain(key: string, value: unknown, expected: ProblemMessage): null {
    this.problems.push(problemOf(this.file, message("problem.field", { key, value: describeValue(value), expected })));
    return null;
  }

  /** A name or a link as written; a number is taken as text. An unquoted `[[Jane Doe]]` (which YAML reads as a nested list) is given back as the link it was meant to be. */
  text(key: string): string | null {
    const value = this.values.get(key);
    if (isEmpty(value)) return null;
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    return unquotedWikilink(value) ?? this.complain(key, value, message("problem.expected.text"));
  }

  choice<T extends string>(key: string, allowed: readonly T[]): T | null {
    const value = this.values.get(key);
    if (isEmpty(value)) return null;
    const found = allowed.find((option) => readsAs(value, option));
    if (found !== undefined) return found;
    const expected =
      allowed.length === 2
        ? message("problem.expected.either", { first: allowed[0] ?? "", second: allowed[1] ?? "" })
        : message("problem.expected.oneOf", { options: allowed.join(", ") });
    return this.complain(key, value, expected);
  }

  date(key: string): IsoDate | null {
    const value = this.values.get(key);
    if (isEmpty(value)) return null;
    const date = parseIsoDate(value);
    if (date === null) this.problems.push(problemOf(this.file, message("problem.date", { key, problem: dateProblemMessage(value) })));
    return date;
  }

  /** A whole number of at least 1; digits in quotes count, as people quote numbers too. */
  count(key: string): number | null {
    const value = this.values.get(key);
    if (isEmpty(value)) return null;
    const number = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof number !== "number" || !Number.isInteger(number)) return this.complain(key, value, message("problem.expected.wholeNumber"));
    if (number < 1) return this.complain(key, value, message("problem.expected.aboveZero"));
    return number;
  }
}

/**
 * Whether a value as written names `option` (`Ended `, `CLOSED`): the one reading of a choice, so an edit
 * that asks "is it ended already?" answers as the model does.
 */
export function readsAs(value: unknown, option: string): boolean {
  return typeof value === "string" && value.trim().toLowerCase() === option;
}

/** No value: missing, null, or blank text. */
export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function unquotedWikilink(value: unknown): string | null {
  if (!Array.isArray(value) || value.length !== 1) return null;
  const inner: unknown = value[0];
  if (!Array.isArray(inner) || inner.length !== 1 || typeof inner[0] !== "string") return null;
  return `[[${inner[0]}]]`;
}

/** A value as a problem names it: text quoted, numbers as written, anything else in words. */
function describeValue(value: unknown): string | ProblemMessage {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return message("problem.value.list");
  if (value instanceof Date) return message("problem.value.timestamp");
  return message("problem.value.keys");
}

/**
 * An agreement as the model keeps it: its fields read from its frontmatter `values` (a wrong value becomes a
 * problem and its field falls back), with the goals found in its body, and the values' problems.
 */
export function agreementOf(values: FrontmatterValues, file: string, folder: string, goals: Goal[]): { note: Agreement; problems: readonly Problem[] } {
  const read = new FieldReader(values, file);
  const note: Agreement = {
    kind: "agreement",
    file,
    folder,
    mentee: read.text(AGREEMENT_KEYS.mentee),
    mentor: read.text(AGREEMENT_KEYS.mentor),
    role: read.choice(AGREEMENT_KEYS.role, ROLES) ?? "mentor",
    start: read.date(AGREEMENT_KEYS.start),
    end: read.date(AGREEMENT_KEYS.end),
    meetingsPlanned: read.count(AGREEMENT_KEYS.meetingsPlanned),
    cadenceDays: read.count(AGREEMENT_KEYS.cadenceDays),
    meetingMinutes: read.count(AGREEMENT_KEYS.meetingMinutes),
    status: read.choice(AGREEMENT_KEYS.status, AGREEMENT_STATUSES) ?? "active",
    next: read.date(AGREEMENT_KEYS.next),
    goals,
  };
  return { note, problems: read.problems };
}

/** A session as the model keeps it, as `agreementOf` makes an agreement, with the actions found in its body. */
export function sessionOf(values: FrontmatterValues, file: string, folder: string, actions: Action[]): { note: Session; problems: readonly Problem[] } {
  const read = new FieldReader(values, file);
  const note: Session = {
    kind: "session",
    file,
    folder,
    mentee: read.text(SESSION_KEYS.mentee),
    mentor: read.text(SESSION_KEYS.mentor),
    number: read.count(SESSION_KEYS.session),
    date: read.date(SESSION_KEYS.date),
    phase: read.choice(SESSION_KEYS.phase, PHASES),
    focus: read.choice(SESSION_KEYS.focus, FOCUSES),
    topic: read.text(SESSION_KEYS.topic),
    status: read.choice(SESSION_KEYS.status, SESSION_STATUSES) ?? "open",
    next: read.date(SESSION_KEYS.next),
    agreementLink: read.text(SESSION_KEYS.agreement),
    actions,
  };
  return { note, problems: read.problems };
}

/**
 * The note a link value points to, with its folder, for the app to resolve: `[[Mentoring/Kim/Agreement|Agreement]]`
 * gives `Mentoring/Kim/Agreement`; no alias, heading or brackets. Null when it names nothing.
 */
export function linkTarget(link: string | null): string | null {
  if (link === null) return null;
  const inner = link.trim().replace(/^\[\[/, "").replace(/\]\]$/, "");
  const target = inner.split("|")[0]?.split("#")[0]?.trim();
  return target ? target : null;
}

/** What a new agreement's frontmatter is made of: the agreement's own fields, status defaulting to active. */
export type AgreementFrontmatterInput = Pick<
  Agreement,
  "mentee" | "mentor" | "role" | "start" | "end" | "meetingsPlanned" | "cadenceDays" | "meetingMinutes"
> & { status?: AgreementStatus };

/** An agreement's keys in their canonical order; empty values stay as empty keys, so Properties shows them to fill in. */
export function agreementFrontmatter(input: AgreementFrontmatterInput): Array<[string, FrontmatterValue]> {
  return [
    [AGREEMENT_KEYS.type, NOTE_TYPES.agreement],
    [AGREEMENT_KEYS.mentee, blankAsEmpty(input.mentee)],
    [AGREEMENT_KEYS.mentor, blankAsEmpty(input.mentor)],
    [AGREEMENT_KEYS.role, input.role],
    [AGREEMENT_KEYS.start, input.start],
    [AGREEMENT_KEYS.end, input.end],
    [AGREEMENT_KEYS.meetingsPlanned, input.meetingsPlanned],
    [AGREEMENT_KEYS.cadenceDays, input.cadenceDays],
    [AGREEMENT_KEYS.meetingMinutes, input.meetingMinutes],
    [AGREEMENT_KEYS.status, input.status ?? "active"],
  ];
}

/** What a new session's frontmatter is made of: the session's own fields, known for sure, and a link to its agreement. */
export type SessionFrontmatterInput = Pick<Session, "mentee" | "mentor" | "topic"> & {
  number: number;
  date: IsoDate;
  phase: Phase;
  status?: SessionStatus;
  /** A link to the agreement note, e.g. `[[Mentoring/Jane Doe/Agreement|Agreement]]`. */
  agreement: string | null;
};

/** A session's keys in their canonical order. */
export function sessionFrontmatter(input: SessionFrontmatterInput): Array<[string, FrontmatterValue]> {
  return [
    [SESSION_KEYS.type, NOTE_TYPES.session],
    [SESSION_KEYS.mentee, blankAsEmpty(input.mentee)],
    [SESSION_KEYS.mentor, blankAsEmpty(input.mentor)],
    [SESSION_KEYS.session, input.number],
    [SESSION_KEYS.date, input.date],
    [SESSION_KEYS.phase, input.phase],
    [SESSION_KEYS.topic, blankAsEmpty(input.topic)],
    // Left empty for the conversation to fill in: Properties shows it, a prompt to name the focus.
    [SESSION_KEYS.focus, null],
    [SESSION_KEYS.status, input.status ?? "open"],
    [SESSION_KEYS.agreement, blankAsEmpty(input.agreement)],
  ];
}

/** Blank text is written as an empty key (`topic:`), which Properties shows as an empty field, not `""`. */
function blankAsEmpty(value: string | null): string | null {
  return value === null || value.trim() === "" ? null : value;
}

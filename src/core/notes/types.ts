// The data model of Mentoring notes: what a parsed note is, built from text alone so that the plugin,
// the command line and the tests share one picture. Only types live here; rules live in their modules.
import type { MessageKey } from "../i18n/messages";

/** A calendar date, always `YYYY-MM-DD`. */
export type IsoDate = string;

export type Language = "en" | "da";
export type Role = "mentor" | "mentee";
export type Phase = "start" | "middle" | "final";
/** What a conversation is mostly about: the mentee as a person, the work itself, or the people around it. */
export type Focus = "personal" | "professional" | "relational";
export type AgreementStatus = "active" | "ended";
export type SessionStatus = "open" | "closed";
/** How due and completion dates are written: Tasks emoji (`📅 2026-12-01`) or Dataview fields (`[due:: 2026-12-01]`). */
export type ActionFormat = "tasks" | "dataview";

/** A message of the catalogues with its values; a value may itself be a message (translated first). */
export interface ProblemMessage {
  key: MessageKey;
  values?: Record<string, string | number | ProblemMessage>;
}

/** Why a note (or part of one) could not be read. Never thrown: carried as data and shown to the user. */
export interface Problem {
  /** Vault-relative path with `/`. */
  file: string;
  /** A sentence a person understands, in English: what is wrong and where (key, line). */
  reason: string;
  /** 1-based line, when the problem sits on one line. */
  line?: number;
  /** The same sentence as a message, so that it is shown in the user's language (see `problemText`). */
  message?: ProblemMessage;
}

/** Result of an edit: the new text, or a reason and no change. Edits never throw on bad input. */
export type EditResult = { ok: true; text: string; changed: boolean } | { ok: false; reason: string; message?: ProblemMessage };

/** One task line as the action syntax reads it (see actions.ts, the only module that knows the syntax). */
export interface TaskLine {
  /** Leading whitespace, kept byte for byte. */
  indent: string;
  /** The list marker: `-`, `*`, `+` or `1.` / `1)`. */
  marker: string;
  /** The character between the brackets: ' ', 'x', 'X', '/', '-', '>', or any other. */
  status: string;
  /** Everything after `] `, as written (fields included). */
  body: string;
  /** The description without dates, owner field, block id: what a person reads. */
  text: string;
  due: IsoDate | null;
  completion: IsoDate | null;
  /** `mentor` when marked `[owner:: mentor]`, else `mentee` (the default owner of an action). */
  owner: Role;
  blockId: string | null;
  /** Which date syntax the line already uses, if any; null when it has no date field. */
  format: ActionFormat | null;
}

export type ActionState = "open" | "done" | "cancelled" | "forwarded";

/**
 * An action: a task line under a session's Actions heading (nested ones too). The index keeps what
 * ordering and filtering need (state, due date, owner) and reads the rest of the line when asked (`task`).
 */
export interface Action {
  readonly file: string;
  /** 0-based line index in the note's text. */
  readonly line: number;
  /** The exact source line (without its line ending), used to verify a write-back. */
  readonly raw: string;
  readonly state: ActionState;
  /** `task.due`, at hand without reading the line again. */
  readonly due: IsoDate | null;
  /** The due date as the number YYYYMMDD (see `dayNumber`), after every date when there is none: what ordering compares. */
  readonly dueDay: number;
  /** `task.owner`, likewise. */
  readonly owner: Role;
  /** The whole line as the action syntax reads it; read from `raw` on each call. */
  readonly task: TaskLine;
}

/** A goal: a task line under the agreement's Goals heading. */
export interface Goal {
  file: string;
  line: number;
  raw: string;
  text: string;
  achieved: boolean;
  completion: IsoDate | null;
}

export interface Agreement {
  kind: "agreement";
  file: string;
  /** The folder that holds the agreement: the relationship's key. */
  folder: string;
  mentee: string | null;
  mentor: string | null;
  role: Role;
  start: IsoDate | null;
  end: IsoDate | null;
  meetingsPlanned: number | null;
  cadenceDays: number | null;
  meetingMinutes: number | null;
  status: AgreementStatus;
  next: IsoDate | null;
  goals: Goal[];
}

export interface Session {
  kind: "session";
  file: string;
  folder: string;
  mentee: string | null;
  mentor: string | null;
  number: number | null;
  date: IsoDate | null;
  phase: Phase | null;
  focus: Focus | null;
  topic: string | null;
  status: SessionStatus;
  next: IsoDate | null;
  /** The agreement link as written (`[[Agreement]]`), if any. */
  agreementLink: string | null;
  actions: Action[];
}

/** What parsing one note gives: a mentoring note (with any problems in its readable parts), or nothing. */
export type ParsedNote =
  | { kind: "agreement"; note: Agreement; problems: readonly Problem[] }
  | { kind: "session"; note: Session; problems: readonly Problem[] }
  | { kind: "unreadable"; file: string; problems: readonly Problem[] }
  | { kind: "other" };

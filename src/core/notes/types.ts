// The data model of Mentoring notes: what a parsed note is, built from text alone so that the plugin,
// the command line and the tests share one picture. Only types live here; rules live in their modules.
import type { ProblemMessage } from "../i18n";
import type { ActionState, Role, TaskLine } from "../syntax/task-line";
import type { IsoDate } from "../syntax/dates";

// The model is named here whole; the types a lower layer reads are defined in that layer.
export type { Language, ProblemMessage } from "../i18n";
export type { EditResult } from "../syntax/edit-result";
export type { IsoDate } from "../syntax/dates";
export type { ActionFormat, ActionState, Role, TaskLine } from "../syntax/task-line";

export type Phase = "start" | "middle" | "final";
/** What a conversation is mostly about: the mentee as a person, the work itself, or the people around it. */
export type Focus = "personal" | "professional" | "relational";
export type AgreementStatus = "active" | "ended";
export type SessionStatus = "open" | "closed";

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

/** An action: a task line under a session's Actions heading (nested ones too), read once. */
export interface Action {
  readonly file: string;
  /** 0-based line index in the note's text. */
  readonly line: number;
  /** The exact source line (without its line ending), used to verify a write-back. */
  readonly raw: string;
  readonly state: ActionState;
  /** `task.due`. */
  readonly due: IsoDate | null;
  /** The due date as the number YYYYMMDD (see `dayNumber`), after every date when there is none: what ordering compares. */
  readonly dueDay: number;
  /** `task.owner`. */
  readonly owner: Role;
  /** The whole line as the task-line syntax reads it. */
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
  | { kind: "other" };

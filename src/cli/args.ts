// The command line's arguments: parsed with node:util's parseArgs (strict, so a typo is a usage error
// rather than an option silently ignored) into one typed command, or a catalogue message saying what is
// wrong. One table holds each command's arguments, its usage line and its help, so `--help` and the
// parser never disagree.
import { parseArgs } from "node:util";
import { parseIsoDate } from "../core/syntax/dates";
import { LANGUAGES, type MessageKey } from "../core/i18n";
import type { IsoDate, Language, Role } from "../core/notes/types";
import type { SummaryFormat } from "../core/share/summary";

export type DashboardFormat = "text" | "markdown" | "json";
export const INSERTS = ["time-out", "evaluation", "values", "starters", "reflection", "roles"] as const;
export type InsertKind = (typeof INSERTS)[number];

export type CliCommand =
  | { kind: "help"; command: CommandName | null }
  | { kind: "version" }
  | { kind: "dashboard"; vault: string; format: DashboardFormat; today: IsoDate | null; root: string | null; all: boolean; lang: Language | null }
  | { kind: "new-session"; vault: string; relationship: string; date: IsoDate | null; lang: Language | null; root: string | null; force: boolean }
  | { kind: "close-session"; vault: string; note: string; today: IsoDate | null; lang: Language | null }
  | {
      kind: "new-relationship";
      vault: string;
      name: string;
      role: Role;
      goals: string[];
      /** My name for this agreement, before the saved setting; null when not given. */
      myName: string | null;
      cadence: number | null;
      meetings: number | null;
      minutes: number | null;
      end: IsoDate | null;
      date: IsoDate | null;
      lang: Language | null;
      root: string | null;
    }
  | { kind: "end-relationship"; vault: string; relationship: string; today: IsoDate | null; lang: Language | null; root: string | null }
  | { kind: "insert"; vault: string; note: string; what: InsertKind; role: Role | null; moment: "before" | "end"; lang: Language | null }
  | { kind: "summary"; vault: string; note: string; format: SummaryFormat; lang: Language | null }
  | { kind: "calendar"; vault: string; out: string | null; today: IsoDate | null; root: string | null; lang: Language | null }
  | { kind: "config"; vault: string; action: "get" | "set"; key: string | null; value: string | null; lang: Language | null };

export type CommandName = Exclude<CliCommand["kind"], "help" | "version">;
type Vars = Record<string, string | number>;

/** A usage error: a catalogue message, and the command it concerns (for "run … --help"). */
export interface UsageError {
  key: MessageKey;
  vars: Vars;
  command: CommandName | null;
}

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; error: UsageError };

type OptionSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

interface CommandSpec {
  /** Required positionals, then optional ones (only config has those). */
  positionals: string[];
  optional?: string[];
  options: OptionSpec;
  /** The arguments after the command's name, as `--help` shows them. */
  usage: string;
  about: MessageKey;
}

const S = { type: "string" } as const;
const B = { type: "boolean" } as const;

export const COMMANDS: Record<CommandName, CommandSpec> = {
  dashboard: {
    positionals: ["vault"],
    options: { format: S, today: S, root: S, all: B, lang: S },
    usage: "<vault> [--format text|markdown|json] [--today YYYY-MM-DD] [--root FOLDER] [--all] [--lang en|da]",
    about: "cli.about.dashboard",
  },
  "new-session": {
    positionals: ["vault", "relationship"],
    options: { date: S, lang: S, root: S, force: B },
    usage: "<vault> <relationship> [--date YYYY-MM-DD] [--lang en|da] [--root FOLDER] [--force]",
    about: "cli.about.newSession",
  },
  "close-session": {
    positionals: ["vault", "note"],
    options: { today: S, lang: S },
    usage: "<vault> <note> [--today YYYY-MM-DD] [--lang en|da]",
    about: "cli.about.closeSession",
  },
  "new-relationship": {
    positionals: ["vault", "name"],
    options: { role: S, name: S, goal: { type: "string", multiple: true }, cadence: S, meetings: S, minutes: S, end: S, date: S, lang: S, root: S },
    usage:
      "<vault> <name> --role mentor|mentee [--name MY-NAME] [--goal TEXT]... [--cadence DAYS] [--meetings N] [--minutes N] [--end YYYY-MM-DD] [--date YYYY-MM-DD] [--lang en|da] [--root FOLDER]",
    about: "cli.about.newRelationship",
  },
  "end-relationship": {
    positionals: ["vault", "relationship"],
    options: { today: S, lang: S, root: S },
    usage: "<vault> <relationship> [--today YYYY-MM-DD] [--lang en|da] [--root FOLDER]",
    about: "cli.about.endRelationship",
  },
  insert: {
    positionals: ["vault", "note", "what"],
    options: { role: S, moment: S, lang: S },
    usage: `<vault> <note> ${INSERTS.join("|")} [--role mentor|mentee] [--moment before|end] [--lang en|da]`,
    about: "cli.about.insert",
  },
  summary: {
    positionals: ["vault", "note"],
    options: { format: S, lang: S },
    usage: "<vault> <note> [--format markdown|text|json] [--lang en|da]",
    about: "cli.about.summary",
  },
  calendar: {
    positionals: ["vault"],
    options: { out: S, today: S, root: S, lang: S },
    usage: "<vault> [--out FILE|-] [--today YYYY-MM-DD] [--root FOLDER] [--lang en|da]",
    about: "cli.about.calendar",
  },
  config: {
    positionals: ["vault", "get|set"],
    optional: ["key", "value"],
    options: { lang: S },
    usage: "<vault> get [KEY] | set <KEY> <VALUE>",
    about: "cli.about.config",
  },
};

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;

function isCommand(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

/** The language asked for with `--lang` anywhere in `argv`, for messages given before parsing succeeds. */
export function langInArgs(argv: readonly string[]): Language | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value === "en" || value === "da") return value;
  }
  return null;
}

/** Parses `argv` (without `node` and the script). Never throws. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const [name, ...rest] = argv;
  if (name === undefined) return fail(null, "cli.usage.noCommand");
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = rest[0];
    return { ok: true, command: { kind: "help", command: topic !== undefined && isCommand(topic) ? topic : null } };
  }
  if (name === "--version" || name === "-v") return { ok: true, command: { kind: "version" } };
  if (!isCommand(name)) return fail(null, "cli.usage.unknownCommand", { name });
  const kind = name;
  const spec = COMMANDS[kind];
  if (rest.includes("--help") || rest.includes("-h")) return { ok: true, command: { kind: "help", command: kind } };

  let values: Values;
  let positionals: string[];
  let tokens;
  try {
    ({ values, positionals, tokens } = parseArgs({ args: [...rest], options: spec.options, allowPositionals: true, strict: true, tokens: true }));
  } catch (error) {
    return optionError(kind, error);
  }
  // parseArgs keeps the last of an option given twice; `--role mentor --role mentee` must not quietly pick one.
  const given = tokens.filter((token) => token.kind === "option").map((token) => token.name);
  const twice = given.find((name, i) => given.indexOf(name) !== i && spec.options[name]?.multiple !== true);
  if (twice !== undefined) return fail(kind, "cli.usage.twice", { option: `--${twice}` });
  const most = spec.positionals.length + (spec.optional?.length ?? 0);
  if (positionals.length < spec.positionals.length) {
    const missing = spec.positionals.slice(positionals.length).map((label) => `<${label}>`);
    return fail(kind, "cli.usage.missing", { names: missing.join(" ") });
  }
  if (positionals.length > most) return fail(kind, "cli.usage.unexpected", { arg: positionals[most] ?? "" });
  const [vault = "", second = "", third = "", fourth] = positionals;
  if (vault.trim() === "") return fail(kind, "cli.usage.empty", { name: "<vault>" });
  const label = spec.positionals[1];
  if (label !== undefined && second.trim() === "") return fail(kind, "cli.usage.empty", { name: `<${label}>` });

  const lang = choice(kind, "lang", values.lang, LANGUAGES, null);
  if (!lang.ok) return lang;
  const root = textOption(kind, "root", values.root);
  if (!root.ok) return root;
  const dates = dateOptions(kind, values);
  if (!dates.ok) return dates;
  const { today, date, end } = dates;
  const common = { vault, lang: lang.value };
  switch (kind) {
    case "dashboard": {
      const format = choice(kind, "format", values.format, ["text", "markdown", "json"] as const, "text");
      if (!format.ok) return format;
      return done({ kind, ...common, format: format.value, today, root: root.value, all: values.all === true });
    }
    case "new-session":
      return done({ kind, ...common, relationship: second, date, root: root.value, force: values.force === true });
    case "close-session":
      return done({ kind, ...common, note: second, today });
    case "new-relationship": {
      const role = choice(kind, "role", values.role, ["mentor", "mentee"] as const, null);
      if (!role.ok) return role;
      if (role.value === null) return fail(kind, "cli.usage.required", { option: "--role mentor|mentee" });
      const myName = textOption(kind, "name", values.name);
      if (!myName.ok) return myName;
      const cadence = wholeNumber(kind, "cadence", values.cadence, 1, 366);
      if (!cadence.ok) return cadence;
      const meetings = wholeNumber(kind, "meetings", values.meetings, 1, 200);
      if (!meetings.ok) return meetings;
      const minutes = wholeNumber(kind, "minutes", values.minutes, 5, 600);
      if (!minutes.ok) return minutes;
      const goals = Array.isArray(values.goal) ? values.goal.filter((goal): goal is string => typeof goal === "string") : [];
      return done({
        kind,
        ...common,
        name: second,
        role: role.value,
        goals,
        myName: myName.value === null ? null : myName.value.trim(),
        cadence: cadence.value,
        meetings: meetings.value,
        minutes: minutes.value,
        end,
        date,
        root: root.value,
      });
    }
    case "end-relationship":
      return done({ kind, ...common, relationship: second, today, root: root.value });
    case "insert": {
      const what = choice(kind, "<what>", third, INSERTS, null);
      if (!what.ok) return what;
      if (what.value === null) return fail(kind, "cli.usage.missing", { names: "<what>" });
      const role = choice(kind, "role", values.role, ["mentor", "mentee"] as const, null);
      if (!role.ok) return role;
      const moment = choice(kind, "moment", values.moment, ["before", "end"] as const, "end");
      if (!moment.ok) return moment;
      return done({ kind, ...common, note: second, what: what.value, role: role.value, moment: moment.value });
    }
    case "summary": {
      const format = choice(kind, "format", values.format, ["markdown", "text", "json"] as const, "markdown");
      if (!format.ok) return format;
      return done({ kind, ...common, note: second, format: format.value });
    }
    case "calendar": {
      const out = textOption(kind, "out", values.out);
      if (!out.ok) return out;
      return done({ kind, ...common, out: out.value, today, root: root.value });
    }
    case "config": {
      if (second !== "get" && second !== "set") return fail(kind, "cli.usage.oneOf", { option: "get|set", value: second });
      if (second === "set" && fourth === undefined) return fail(kind, "cli.usage.missing", { names: third === "" ? "<KEY> <VALUE>" : "<VALUE>" });
      if (second === "get" && fourth !== undefined) return fail(kind, "cli.usage.unexpected", { arg: fourth });
      return done({ kind, ...common, action: second, key: third === "" ? null : third, value: fourth ?? null });
    }
  }
}

function done(command: CliCommand): ParsedArgs {
  return { ok: true, command };
}

type Checked<T> = { ok: true; value: T } | { ok: false; error: UsageError };

function choice<T extends string, D extends T | null>(
  kind: CommandName,
  name: string,
  value: Values[string],
  options: readonly T[],
  fallback: D,
): Checked<T | D> {
  if (value === undefined) return { ok: true, value: fallback };
  if (typeof value === "string" && (options as readonly string[]).includes(value)) return { ok: true, value: value as T };
  const option = name.startsWith("<") ? name : `--${name}`;
  return fail(kind, "cli.usage.oneOf", { option: `${option} ${options.join("|")}`, value: String(value) });
}

function textOption(kind: CommandName, name: string, value: Values[string]): Checked<string | null> {
  if (value === undefined) return { ok: true, value: null };
  if (typeof value !== "string" || value.trim() === "") return fail(kind, "cli.usage.needsValue", { option: `--${name}` });
  return { ok: true, value };
}

function wholeNumber(kind: CommandName, name: string, value: Values[string], min: number, max: number): Checked<number | null> {
  if (value === undefined) return { ok: true, value: null };
  const text = String(value);
  const number = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(number) && number >= min && number <= max) return { ok: true, value: number };
  return fail(kind, "cli.usage.number", { option: `--${name}`, min, max, value: text });
}

function dateOptions(
  kind: CommandName,
  values: Values,
): { ok: true; today: IsoDate | null; date: IsoDate | null; end: IsoDate | null } | { ok: false; error: UsageError } {
  const out: Record<"today" | "date" | "end", IsoDate | null> = { today: null, date: null, end: null };
  for (const name of ["today", "date", "end"] as const) {
    const value = values[name];
    if (value === undefined) continue;
    const date = parseIsoDate(value);
    if (date === null) return fail(kind, "cli.usage.date", { option: `--${name}`, value: String(value) });
    out[name] = date;
  }
  return { ok: true, ...out };
}

/** parseArgs's own errors are English sentences; they are told again from the catalogue by their code. */
function optionError(kind: CommandName, error: unknown): { ok: false; error: UsageError } {
  const text = error instanceof Error ? error.message : String(error);
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const option = /'(-{1,2}[^' ]*)/.exec(text)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return fail(kind, "cli.usage.unknownOption", { option });
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return fail(kind, "cli.usage.optionValue", { option });
  return fail(kind, "cli.usage.unexpected", { arg: option });
}

function fail(command: CommandName | null, key: MessageKey, vars: Vars = {}): { ok: false; error: UsageError } {
  return { ok: false, error: { key, vars, command } };
}

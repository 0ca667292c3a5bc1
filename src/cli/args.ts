// The command line's arguments: parsed with node:util's parseArgs (strict, so a typo is a usage error
// rather than an option silently ignored) into one typed command, or a sentence saying what is wrong.
import { parseArgs } from "node:util";
import { parseIsoDate } from "../core/syntax/dates";
import type { IsoDate, Language, Role } from "../core/notes/types";

export type DashboardFormat = "text" | "markdown" | "json";

export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "dashboard"; vault: string; format: DashboardFormat; today: IsoDate | null; root: string | null; all: boolean; lang: Language | null }
  | {
      kind: "new-session";
      vault: string;
      relationship: string;
      date: IsoDate | null;
      lang: Language | null;
      root: string | null;
      /** Start a session even though the relationship has ended. */
      force: boolean;
    }
  | { kind: "close-session"; vault: string; note: string; today: IsoDate | null; lang: Language | null }
  | {
      kind: "new-relationship";
      vault: string;
      name: string;
      role: Role;
      goals: string[];
      /** My name for this agreement, before the saved setting; null when not given. */
      myName: string | null;
      date: IsoDate | null;
      lang: Language | null;
      root: string | null;
    };

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; error: string };

export const USAGE = `Usage:
  mentoring dashboard <vault> [--format text|markdown|json] [--today YYYY-MM-DD] [--root Mentoring] [--all] [--lang en|da]
  mentoring new-session <vault> <relationship> [--date YYYY-MM-DD] [--lang en|da] [--root Mentoring] [--force]
  mentoring close-session <vault> <note path> [--today YYYY-MM-DD] [--lang en|da]
  mentoring new-relationship <vault> <name> --role mentor|mentee [--name MY NAME] [--goal TEXT]... [--date YYYY-MM-DD] [--lang en|da] [--root Mentoring]
  mentoring --help | --version

<vault> is the vault's folder; <relationship> is a relationship's folder name under the root folder
(e.g. "Jane Doe"); <note path> is relative to the vault. The root folder, language, action format,
carry-over, cadence and your name come from the plugin's saved settings when the vault has them.
--force starts a session of a relationship that has ended; --name gives your name for the new agreement.

Exit status: 0 done; 1 nothing written because of a problem (said on stderr); 2 usage error.
`;

type OptionSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;

const COMMANDS: Record<Exclude<CliCommand["kind"], "help" | "version">, { positionals: string[]; options: OptionSpec }> = {
  dashboard: {
    positionals: ["vault"],
    options: { format: { type: "string" }, today: { type: "string" }, root: { type: "string" }, all: { type: "boolean" }, lang: { type: "string" } },
  },
  "new-session": {
    positionals: ["vault", "relationship"],
    options: { date: { type: "string" }, lang: { type: "string" }, root: { type: "string" }, force: { type: "boolean" } },
  },
  "close-session": {
    positionals: ["vault", "note path"],
    options: { today: { type: "string" }, lang: { type: "string" } },
  },
  "new-relationship": {
    positionals: ["vault", "name"],
    options: {
      role: { type: "string" },
      name: { type: "string" },
      goal: { type: "string", multiple: true },
      date: { type: "string" },
      lang: { type: "string" },
      root: { type: "string" },
    },
  },
};

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;

/** Parses `argv` (without `node` and the script). Never throws. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const [name, ...rest] = argv;
  if (name === undefined) return fail("No command given.");
  if (name === "--help" || name === "-h" || name === "help") return { ok: true, command: { kind: "help" } };
  if (name === "--version" || name === "-v") return { ok: true, command: { kind: "version" } };
  if (!Object.prototype.hasOwnProperty.call(COMMANDS, name)) return fail(`Unknown command "${name}".`);
  const kind = name as keyof typeof COMMANDS;
  const spec = COMMANDS[kind];
  if (rest.includes("--help") || rest.includes("-h")) return { ok: true, command: { kind: "help" } };

  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...rest], options: spec.options, allowPositionals: true, strict: true }));
  } catch (error) {
    return fail(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (positionals.length < spec.positionals.length) {
    const missing = spec.positionals.slice(positionals.length).map((label) => `<${label}>`);
    return fail(`${kind}: missing ${missing.join(" and ")}.`);
  }
  if (positionals.length > spec.positionals.length) {
    return fail(`${kind}: unexpected argument "${positionals[spec.positionals.length] ?? ""}" (quote names that contain spaces).`);
  }
  const [vault = "", second = ""] = positionals;
  if (vault.trim() === "") return fail(`${kind}: <vault> is empty.`);

  const checked = checkCommon(kind, values);
  if (!checked.ok) return checked;
  const { lang, root } = checked;
  switch (kind) {
    case "dashboard": {
      const format = values.format ?? "text";
      if (format !== "text" && format !== "markdown" && format !== "json") {
        return fail(`dashboard: --format must be text, markdown or json, not "${String(format)}".`);
      }
      const today = dateOption(kind, "today", values.today);
      if (!today.ok) return today;
      return { ok: true, command: { kind, vault, format, today: today.date, root, all: values.all === true, lang } };
    }
    case "new-session": {
      const date = dateOption(kind, "date", values.date);
      if (!date.ok) return date;
      if (second.trim() === "") return fail("new-session: <relationship> is empty.");
      return { ok: true, command: { kind, vault, relationship: second, date: date.date, lang, root, force: values.force === true } };
    }
    case "close-session": {
      const today = dateOption(kind, "today", values.today);
      if (!today.ok) return today;
      if (second.trim() === "") return fail("close-session: <note path> is empty.");
      return { ok: true, command: { kind, vault, note: second, today: today.date, lang } };
    }
    case "new-relationship": {
      const role = values.role;
      if (role !== "mentor" && role !== "mentee") {
        return fail(role === undefined ? "new-relationship: --role mentor|mentee is required." : `new-relationship: --role must be mentor or mentee, not "${String(role)}".`);
      }
      const date = dateOption(kind, "date", values.date);
      if (!date.ok) return date;
      const goals = Array.isArray(values.goal) ? values.goal.filter((goal): goal is string => typeof goal === "string") : [];
      const myName = typeof values.name === "string" ? values.name.trim() : null;
      if (myName === "") return fail("new-relationship: --name needs your name.");
      return { ok: true, command: { kind, vault, name: second, role, goals, myName, date: date.date, lang, root } };
    }
  }
}

function checkCommon(kind: string, values: Values): { ok: true; lang: Language | null; root: string | null } | { ok: false; error: string } {
  const lang = values.lang;
  if (lang !== undefined && lang !== "en" && lang !== "da") return fail(`${kind}: --lang must be en or da, not "${String(lang)}".`);
  const root = values.root;
  if (root !== undefined && (typeof root !== "string" || root.trim() === "")) return fail(`${kind}: --root needs a folder name.`);
  return { ok: true, lang: lang ?? null, root: typeof root === "string" ? root : null };
}

function dateOption(
  kind: string,
  name: string,
  value: Values[string],
): { ok: true; date: IsoDate | null } | { ok: false; error: string } {
  if (value === undefined) return { ok: true, date: null };
  const date = parseIsoDate(value);
  if (date === null) return fail(`${kind}: --${name} must be a real date in the form YYYY-MM-DD, not "${String(value)}".`);
  return { ok: true, date };
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

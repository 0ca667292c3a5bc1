// The options of a `mentoring-dashboard` code block, one `key: value` per line. A typo never breaks the
// block: each bad line becomes a message shown in the block, and the option keeps its default. Messages
// are catalogue keys with their values, so the block speaks the user's language.
import { isOwnerFilter, OWNER_FILTERS, type OwnerFilter } from "./model";
import type { MessageKey } from "../i18n";
import { splitLines } from "../syntax/text";
import { wikiLink } from "./relationship-match";

export type DashboardPart = "actions" | "goals" | "relationships" | "progress";

const DASHBOARD_PARTS: readonly DashboardPart[] = ["actions", "goals", "relationships", "progress"];
/** What a block shows when it does not say: progress only when asked (`show: progress`). */
const DEFAULT_PARTS: readonly DashboardPart[] = ["actions", "goals", "relationships"];

export interface DashboardBlockOptions {
  /** A relationship's folder or name; null shows every relationship. */
  relationship: string | null;
  owner: OwnerFilter;
  /** Which parts to draw, in the block's order. */
  show: DashboardPart[];
  done: boolean;
}

export type DashboardBlockMessageKey = Extract<MessageKey, `dashboard.block.${string}`>;

export interface DashboardBlockMessage {
  /** 1-based line inside the block. */
  line: number;
  /** What is wrong, as `translate(lang, key, vars)` words it. */
  key: DashboardBlockMessageKey;
  vars: Record<string, string | number>;
}

export interface DashboardBlockParse {
  options: DashboardBlockOptions;
  /** Empty when every line was understood. */
  messages: DashboardBlockMessage[];
}

type OptionKey = keyof DashboardBlockOptions;
const KEYS: readonly OptionKey[] = ["relationship", "owner", "show", "done"];

/** Reads the block's source. Blank lines and lines starting with `#` or `//` are ignored. */
export function parseDashboardBlock(source: string): DashboardBlockParse {
  const options: DashboardBlockOptions = { relationship: null, owner: "all", show: [...DEFAULT_PARTS], done: false };
  const messages: DashboardBlockMessage[] = [];
  const seen = new Set<OptionKey>();
  splitLines(source).forEach(({ text }, index) => {
    const line = index + 1;
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("//")) return;
    const colon = trimmed.indexOf(":");
    if (colon < 0) {
      messages.push({ line, key: "dashboard.block.notAnOption", vars: { line } });
      return;
    }
    const key = trimmed.slice(0, colon).trim().toLowerCase();
    const value = trimmed.slice(colon + 1).trim();
    if (!isOptionKey(key)) {
      messages.push({ line, key: "dashboard.block.unknownOption", vars: { line, name: trimmed.slice(0, colon).trim(), options: KEYS.join(", ") } });
      return;
    }
    if (seen.has(key)) messages.push({ line, key: "dashboard.block.givenTwice", vars: { line, name: key } });
    seen.add(key);
    const problem = applyOption(options, key, value);
    if (problem !== null) messages.push({ line, key: problem.key, vars: { ...problem.vars, line } });
  });
  return { options, messages };
}

function isOptionKey(key: string): key is OptionKey {
  return (KEYS as readonly string[]).includes(key);
}

/** Sets one option; returns what is wrong with the value (its line is added by the caller), or null. */
function applyOption(options: DashboardBlockOptions, key: OptionKey, value: string): Pick<DashboardBlockMessage, "key" | "vars"> | null {
  switch (key) {
    case "relationship": {
      const name = unquote(value);
      if (name === "") return { key: "dashboard.block.relationshipEmpty", vars: {} };
      options.relationship = name;
      return null;
    }
    case "owner": {
      const owner = value.toLowerCase();
      if (!isOwnerFilter(owner)) return { key: "dashboard.block.ownerInvalid", vars: { allowed: OWNER_FILTERS.join(", "), value } };
      options.owner = owner;
      return null;
    }
    case "done": {
      const done = value.toLowerCase();
      if (done !== "true" && done !== "false") return { key: "dashboard.block.doneInvalid", vars: { value } };
      options.done = done === "true";
      return null;
    }
    case "show": {
      const parts = value
        .split(",")
        .map((part) => part.trim().toLowerCase())
        .filter((part) => part !== "");
      const unknown = parts.filter((part) => !(DASHBOARD_PARTS as readonly string[]).includes(part));
      const allowed = DASHBOARD_PARTS.join(", ");
      if (unknown.length > 0) return { key: "dashboard.block.showInvalid", vars: { allowed, value: unknown.join(", ") } };
      if (parts.length === 0) return { key: "dashboard.block.showEmpty", vars: { allowed } };
      options.show = [...new Set(parts as DashboardPart[])];
      return null;
    }
  }
}

/** `"Jane Doe"`, `'Jane Doe'` and `[[Jane Doe]]` all mean Jane Doe. */
function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) return (quoted[2] ?? "").trim();
  return wikiLink(value)?.target.trim() ?? value;
}

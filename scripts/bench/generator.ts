// The benchmark vault, generated from a seed: agreements with goals, session notes with actions in both
// date formats (Tasks emoji and Dataview fields), English and Danish headings, and ordinary notes of a
// similar size with tasks of their own. Same seed and size, same vault, byte for byte.
import { seededRandom, type Random } from "./random";
import { FIRST_NAMES, LAST_NAMES, paragraph, sentence, words } from "./words";

export interface VaultCounts {
  notes: number;
  agreements: number;
  sessions: number;
  ordinary: number;
  /** Task lines under a session's Actions heading (nested ones included). */
  actions: number;
  /** Actions dated with Tasks emoji, with Dataview fields, and without a date. */
  actionFormats: { tasks: number; dataview: number; undated: number };
  /** Task lines in ordinary notes, and in session sections other than Actions: never actions. */
  otherTasks: number;
  goals: number;
  danishRelationships: number;
  crlfNotes: number;
  bytes: number;
}

export interface GeneratedVault {
  /** Vault-relative paths with `/`, in a fixed order. */
  files: Array<[path: string, text: string]>;
  counts: VaultCounts;
  /** The session notes' paths, for measuring incremental updates. */
  sessionPaths: string[];
  /** Relationship folders, in generation order. */
  relationshipFolders: string[];
}

/** Of every 50 notes, 1 is an agreement and 10 are sessions (200 and 2,000 in 10,000 notes). */
export const AGREEMENT_SHARE = 1 / 50;
export const SESSION_SHARE = 1 / 5;

type Lang = "en" | "da";

const HEADINGS: Record<Lang, Record<"goals" | "frame" | "topic" | "since" | "before" | "summary" | "insights" | "ideas" | "actions", string>> = {
  en: {
    goals: "Goals", frame: "Practical frame", topic: "Topic", since: "Since last time", before: "Before the meeting",
    summary: "Summary", insights: "Insights", ideas: "Ideas", actions: "Actions",
  },
  da: {
    goals: "Mål", frame: "Praktiske rammer", topic: "Emne", since: "Siden sidst", before: "Før mødet",
    summary: "Opsummering", insights: "Indsigter", ideas: "Idéer", actions: "Handlinger",
  },
};

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2024, 0, 8);

function isoDay(day: number): string {
  return new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);
}

interface Writer {
  lines: string[];
  eol: string;
  bom: boolean;
}

function finish(writer: Writer): string {
  return (writer.bom ? "\uFEFF" : "") + writer.lines.join(writer.eol) + writer.eol;
}

function newWriter(random: Random): Writer {
  // About one note in ten was written on Windows; a few start with a byte order mark.
  return { lines: [], eol: random.chance(0.1) ? "\r\n" : "\n", bom: random.chance(0.02) };
}

export function generateVault(seed: number, noteCount: number): GeneratedVault {
  const random = seededRandom(seed);
  const agreements = Math.max(1, Math.round(noteCount * AGREEMENT_SHARE));
  const sessions = Math.round(noteCount * SESSION_SHARE);
  const ordinary = noteCount - agreements - sessions;
  if (ordinary < 0) throw new Error(`${noteCount} notes are too few for a vault`);

  const counts: VaultCounts = {
    notes: noteCount, agreements, sessions, ordinary, actions: 0, actionFormats: { tasks: 0, dataview: 0, undated: 0 },
    otherTasks: 0, goals: 0, danishRelationships: 0, crlfNotes: 0, bytes: 0,
  };
  const files: Array<[string, string]> = [];
  const sessionPaths: string[] = [];
  const relationshipFolders: string[] = [];
  const add = (path: string, text: string): void => {
    files.push([path, text]);
    counts.bytes += text.length;
    if (text.includes("\r\n")) counts.crlfNotes += 1;
  };

  for (let r = 0; r < agreements; r += 1) {
    const lang: Lang = r % 2 === 0 ? "en" : "da";
    if (lang === "da") counts.danishRelationships += 1;
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)} ${r + 1}`;
    const folder = `Mentoring/${name}`;
    relationshipFolders.push(folder);
    const start = random.int(0, 600);
    const cadence = random.pick([14, 21, 28, 28, 35]);
    // Sessions spread evenly over relationships: 10 each at the standard mix.
    const sessionCount = Math.floor(sessions / agreements) + (r < sessions % agreements ? 1 : 0);
    const format: "tasks" | "dataview" = r % 4 < 2 ? "tasks" : "dataview";
    add(`${folder}/Agreement.md`, agreementNote(random, counts, lang, name, start, cadence, sessionCount));
    for (let s = 1; s <= sessionCount; s += 1) {
      const day = start + s * cadence;
      const path = `${folder}/${isoDay(day)} Session ${s}.md`;
      sessionPaths.push(path);
      add(path, sessionNote(random, counts, { lang, name, folder, number: s, day, cadence, format, last: s === sessionCount }));
    }
  }
  for (let o = 0; o < ordinary; o += 1) {
    const lang: Lang = random.chance(0.3) ? "da" : "en";
    const folder = random.pick(["Projects", "Daily", "Reading", "Areas/Team", "Areas/Home", "Inbox", "Archive/2025"]);
    add(`${folder}/${words(random, lang, 3)} ${o + 1}.md`, ordinaryNote(random, counts, lang, o));
  }
  return { files, counts, sessionPaths, relationshipFolders };
}

function agreementNote(random: Random, counts: VaultCounts, lang: Lang, name: string, start: number, cadence: number, planned: number): string {
  const w = newWriter(random);
  const h = HEADINGS[lang];
  const role = random.chance(0.7) ? "mentor" : "mentee";
  w.lines.push(
    "---",
    "type: mentoring-agreement",
    `mentee: ${role === "mentor" ? `"[[${name}]]"` : "Anna Holm"}`,
    `mentor: ${role === "mentor" ? "Anna Holm" : name}`,
    `role: ${role}`,
    `start: ${isoDay(start)}`,
    `end: ${isoDay(start + (planned + 1) * cadence)}`,
    `meetings_planned: ${planned}`,
    `cadence_days: ${cadence}`,
    `meeting_minutes: ${random.pick([60, 75, 90])}`,
    `status: ${random.chance(0.8) ? "active" : "ended"}`,
    "tags:",
    "  - mentoring",
    "---",
    `# ${lang === "da" ? "Mentoraftale" : "Mentoring agreement"}: ${name}`,
    "",
    paragraph(random, lang, 2),
    "",
    `## ${h.goals}`,
    "",
  );
  // At most three goals, as the method says; one relationship in twenty lists a fourth (a warning).
  const goals = random.chance(0.05) ? 4 : random.int(1, 3);
  for (let g = 0; g < goals; g += 1) {
    const achieved = random.chance(0.3);
    w.lines.push(`- [${achieved ? "x" : " "}] ${sentence(random, lang, 5, 10)}${achieved ? ` ✅ ${isoDay(start + 60)}` : ""}`);
    counts.goals += 1;
  }
  w.lines.push("", `## ${h.frame}`, "");
  for (let i = 0; i < 6; i += 1) w.lines.push(`- ${sentence(random, lang, 6, 14)}`);
  w.lines.push("", `## ${lang === "da" ? "Spilleregler og forventninger" : "Ground rules and expectations"}`, "");
  for (let i = 0; i < 5; i += 1) w.lines.push(`- ${sentence(random, lang)}`, `\t- ${sentence(random, lang, 4, 10)}`);
  return finish(w);
}

interface SessionSpec {
  lang: Lang;
  name: string;
  folder: string;
  number: number;
  day: number;
  cadence: number;
  format: "tasks" | "dataview";
  last: boolean;
}

function sessionNote(random: Random, counts: VaultCounts, spec: SessionSpec): string {
  const { lang, name, folder, number, day } = spec;
  const h = HEADINGS[lang];
  const w = newWriter(random);
  const level = random.chance(0.8) ? "##" : "###";
  w.lines.push(
    "---",
    "type: mentoring-session",
    `mentee: ${name}`,
    "mentor: Anna Holm",
    `session: ${number}`,
    `date: ${isoDay(day)}`,
    `phase: ${number === 1 ? "start" : spec.last ? "final" : "middle"}`,
    `topic: ${words(random, lang, random.int(2, 5))}`,
    `status: ${spec.last && random.chance(0.5) ? "open" : "closed"}`,
    `agreement: "[[${folder}/Agreement|Agreement]]"`,
    "---",
    `# ${lang === "da" ? "Møde" : "Session"} ${number}: ${name}`,
    "",
    `${h.since}: ${sentence(random, lang)}`,
    "",
    `${level} ${h.since}`,
    "",
    "```mentoring-dashboard",
    `relationship: ${folder}`,
    "show: actions",
    "```",
    "",
    `${level} ${h.before}`,
    "",
    // Tasks outside the Actions heading are the mentor's own to-dos, not actions.
    `- [ ] ${sentence(random, lang, 4, 8)}`,
    `- [x] ${sentence(random, lang, 4, 8)}`,
    "",
    `${level} ${h.topic}`,
    "",
    paragraph(random, lang, random.int(2, 4)),
    "",
  );
  counts.otherTasks += 2;
  if (random.chance(0.15)) {
    // A task inside a code fence is an example, never an action.
    w.lines.push("```markdown", "- [ ] not an action, only an example 📅 2026-01-01", "```", "");
    counts.otherTasks += 1;
  }
  w.lines.push(`${level} ${h.summary}`, "", paragraph(random, lang, random.int(1, 3)), "", `${level} ${h.insights}`, "");
  for (let i = random.int(1, 3); i > 0; i -= 1) w.lines.push(`- ${sentence(random, lang)}`);
  w.lines.push("", `${level} ${h.ideas}`, "");
  for (let i = random.int(1, 2); i > 0; i -= 1) w.lines.push(`- ${sentence(random, lang)}`);
  w.lines.push("", `${level} ${h.actions}`, "");
  // 5 to 15 actions, about 10 on average: 20,000 across 2,000 sessions.
  const target = random.int(5, 15);
  let written = 0;
  while (written < target) {
    w.lines.push(actionLine(random, counts, spec, ""));
    written += 1;
    if (written < target && random.chance(0.25)) {
      w.lines.push(actionLine(random, counts, spec, "\t"));
      written += 1;
    }
  }
  counts.actions += written;
  if (random.chance(0.3)) w.lines.push("", `${lang === "da" ? "Næste møde" : "Next meeting"}: ${isoDay(day + spec.cadence)}`);
  return finish(w);
}

function actionLine(random: Random, counts: VaultCounts, spec: SessionSpec, indent: string): string {
  const roll = random.next();
  const status = roll < 0.55 ? " " : roll < 0.8 ? "x" : roll < 0.85 ? "/" : roll < 0.9 ? "-" : ">";
  // Mostly the relationship's own format; one line in seven in the other, as after switching the setting.
  const format = random.chance(1 / 7) ? (spec.format === "tasks" ? "dataview" : "tasks") : spec.format;
  const dated = random.chance(0.9);
  const due = isoDay(spec.day + random.int(3, 60));
  const done = isoDay(spec.day + random.int(1, 30));
  let body = sentence(random, spec.lang, 4, 11);
  if (random.chance(0.2)) body += " [owner:: mentor]";
  if (status === ">") body += ` → [[${isoDay(spec.day + spec.cadence)} Session ${spec.number + 1}]]`;
  if (!dated) counts.actionFormats.undated += 1;
  else if (format === "tasks") {
    counts.actionFormats.tasks += 1;
    body += ` 📅 ${due}${status === "x" ? ` ✅ ${done}` : ""}`;
  } else {
    counts.actionFormats.dataview += 1;
    body += ` [due:: ${due}]${status === "x" ? ` [completion:: ${done}]` : ""}`;
  }
  if (random.chance(0.05)) body += ` ^a${random.int(1000, 9999)}`;
  return `${indent}- [${status}] ${body}`;
}

function ordinaryNote(random: Random, counts: VaultCounts, lang: Lang, n: number): string {
  const w = newWriter(random);
  if (random.chance(0.6)) {
    w.lines.push("---");
    // Some ordinary notes have a `type` of their own; the index must pass over them cheaply too.
    if (random.chance(0.3)) w.lines.push(`type: ${random.pick(["project", "daily", "meeting-notes", "book"])}`);
    w.lines.push(`created: ${isoDay(random.int(0, 900))}`, "tags:", `  - ${random.pick(["work", "home", "reading", "ideas"])}`);
    if (random.chance(0.4)) w.lines.push("aliases:", `  - ${words(random, lang, 2)}`);
    w.lines.push("---");
  }
  w.lines.push(`# ${words(random, lang, 3)} ${n + 1}`, "");
  const sections = random.int(4, 7);
  for (let s = 0; s < sections; s += 1) {
    // Now and then a heading that reads like ours ("Actions"): in an ordinary note it means nothing to us.
    const title = random.chance(0.1) ? HEADINGS[lang].actions : words(random, lang, 2);
    w.lines.push(`## ${title}`, "", paragraph(random, lang, random.int(2, 4)), "");
    const tasks = random.int(0, 3);
    for (let t = 0; t < tasks; t += 1) {
      const due = random.chance(0.5) ? ` 📅 ${isoDay(random.int(0, 900))}` : "";
      w.lines.push(`- [${random.chance(0.6) ? " " : "x"}] ${sentence(random, lang, 3, 9)}${due}`);
    }
    counts.otherTasks += tasks;
    if (random.chance(0.1)) w.lines.push("", "```js", "const list = ['- [ ] not a task'];", "```");
    w.lines.push("");
  }
  return finish(w);
}

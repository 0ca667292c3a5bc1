// File and folder names built from user text: sanitised so they are valid on every platform
// and can never point outside the mentoring root folder.

const FORBIDDEN_CHARS = /[/\\:*?"<>|#^[\]]/g;
// A device name alone or before the first dot: Windows reserves `CON` with any extension (`con.x`) too.
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?=\.|$)/i;
/** Invalid at a name's end on Windows: trimmed before the device-name check, and again after a cut. */
const TRAILING_DOTS_AND_SPACES = /[.\s]+$/;
const MAX_NAME_LENGTH = 100;
// File systems allow 255 bytes a name; 100 CJK or emoji characters are 300 to 400. 240 leaves room for `.md`.
const MAX_NAME_BYTES = 240;

/**
 * Makes one path segment out of user text. NFKC first, so look-alikes such as the fullwidth
 * solidus or dot become the characters they imitate and are then removed like those.
 */
export function sanitizeName(name: string, fallback = "Untitled"): string {
  let clean = withoutControlChars(name.normalize("NFKC")).replace(FORBIDDEN_CHARS, "-");
  clean = clean.replace(/\s+/g, " ").trim();
  // Leading dots hide files (and `..` climbs); trailing dots and spaces are invalid on Windows.
  clean = clean.replace(/^[.\s-]+/, "").replace(TRAILING_DOTS_AND_SPACES, "");
  clean = clean.replace(WINDOWS_RESERVED, "$&_");
  clean = cutToLength(clean);
  return clean === "" ? fallback : clean;
}

/** Within 100 characters and 240 bytes; a cut can end on a dot or a space, so those are trimmed again. */
function cutToLength(name: string): string {
  let cut = name;
  if (cut.length > MAX_NAME_LENGTH) cut = Array.from(cut).slice(0, MAX_NAME_LENGTH).join("");
  if (utf8Length(cut) > MAX_NAME_BYTES) cut = truncateByBytes(cut, MAX_NAME_BYTES);
  return cut.replace(TRAILING_DOTS_AND_SPACES, "");
}

/** Without C0 control characters and DEL; a character below the space has a first code unit below it too. */
function withoutControlChars(text: string): string {
  return Array.from(text)
    .filter((char) => char >= " " && char !== "\x7f")
    .join("");
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The longest prefix of whole characters (grapheme clusters: an emoji with its joiners stays whole) within `max` UTF-8 bytes. */
function truncateByBytes(text: string, max: number): string {
  let out = "";
  let bytes = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) {
    bytes += utf8Length(segment);
    if (bytes > max) break;
    out += segment;
  }
  return out;
}

/** Normalises a vault-relative path the way Obsidian does: `/` separators, no empty or `.` segments. */
export function normalizeVaultPath(path: string): string {
  return path
    .replace(/\\/g, "/")
    .split("/")
    .filter((segment) => segment !== "" && segment !== ".")
    .join("/")
    .normalize("NFC");
}

/** The root folder setting, cleaned: each segment sanitised, so `../x` cannot leave the vault. */
export function sanitizeRootFolder(root: string, fallback = "Mentoring"): string {
  // sanitizeName trims each segment and makes `.` and `..` empty, which are then left out.
  const segments = normalizeVaultPath(root)
    .split("/")
    .map((segment) => sanitizeName(segment, ""))
    .filter((segment) => segment !== "");
  return segments.length === 0 ? fallback : segments.join("/");
}

/** `<root>/<name>`: the folder of one relationship. */
export function relationshipFolderPath(root: string, name: string): string {
  return `${sanitizeRootFolder(root)}/${sanitizeName(name)}`;
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/** A note's path or name without its `.md` (in any case: the index takes `Note.MD` for a note too). */
export function withoutMdExtension(path: string): string {
  return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

/** A note's name: its path without folders and without `.md`. */
export function basenameOf(path: string): string {
  return withoutMdExtension(path.slice(path.lastIndexOf("/") + 1));
}

/** Plain code-unit order: stable across machines and locales, which file paths need. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

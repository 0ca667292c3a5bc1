// Deep equality of parsed data, in one place: the index asks it whether a re-read note changed (and need
// not be redrawn), and a frontmatter edit whether what it wrote reads back as what it meant to write.

/**
 * Whether two values hold the same data: plain objects and arrays compared deeply (own keys, same number
 * of them), dates by their time, and numbers as `Object.is` (NaN equals NaN).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b || Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = Object.keys(aRecord);
  if (keys.length !== Object.keys(bRecord).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(bRecord, key) && sameData(aRecord[key], bRecord[key]));
}

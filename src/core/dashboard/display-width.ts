// How wide a text shows in a terminal, for the text dashboard's aligned columns.

// East Asian wide ranges and the emoji that show two cells wide by default (Unicode's "W" width).
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3], [0x25fd, 0x25fe],
  [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab],
  [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3],
  [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797], [0x27b0, 0x27b0],
  [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0xa4cf], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f000, 0x1faff], [0x20000, 0x3fffd],
];

/** How many terminal cells a text takes: wide characters two, combining marks and joiners none. */
export function displayWidth(text: string): number {
  let width = 0;
  const chars = Array.from(text);
  chars.forEach((char, i) => {
    if (/[\p{M}\u200b-\u200f]/u.test(char)) return;
    const point = char.codePointAt(0) ?? 0;
    const wide = WIDE_RANGES.some(([from, to]) => point >= from && point <= to);
    // A text-style pictograph followed by VS16 (as in "🕸️" or "☀️") is drawn as a wide emoji.
    const emojiPresentation = chars[i + 1] === "\uFE0F" && /\p{Extended_Pictographic}/u.test(char);
    width += wide || emojiPresentation ? 2 : 1;
  });
  return width;
}

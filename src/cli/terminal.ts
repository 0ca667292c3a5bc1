// Text for the terminal. Note names, folder names and arguments can hold control characters (an escape
// sequence could move the cursor, retitle the window or recolour everything after it), so every message
// the command line prints goes through `forTerminal` once, at the one place it is written. Line breaks
// between lines are kept; each line is cleaned by the same `plain` the text dashboard uses.
import { plain } from "../core/dashboard/dashboard-text";

export function forTerminal(text: string): string {
  return text.split("\n").map(plain).join("\n");
}

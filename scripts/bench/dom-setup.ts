// Obsidian runs plugins in a window; the fake needs one too. Imported before the fake, so that the fake's
// DOM helpers (createDiv, activeDocument, ...) install on this window, and forwarded to Node's `global`.
import { Window } from "happy-dom";

const appWindow = new Window({ url: "app://obsidian.md/" });
const forwarded = [
  "document", "Node", "Element", "HTMLElement", "SVGElement", "DocumentFragment", "Event", "KeyboardEvent", "MouseEvent",
  "createEl", "createDiv", "createSpan", "createFragment", "activeWindow", "activeDocument",
];
Object.defineProperty(global, "window", { value: appWindow, configurable: true, writable: true });
for (const name of forwarded) {
  // Getters, because the helpers are defined on the window only once the fake is imported.
  Object.defineProperty(global, name, { configurable: true, get: () => (appWindow as unknown as Record<string, unknown>)[name] });
}

/** Closes the window's timers so that the process can end. */
export function closeWindow(): void {
  void appWindow.happyDOM.close();
}

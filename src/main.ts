import { Plugin } from "obsidian";

/** Wires the adapter together; every rule lives in src/core. */
export default class MentoringNotesPlugin extends Plugin {
  override async onload(): Promise<void> {
    // Registration only: indexing starts after layout-ready.
  }
}

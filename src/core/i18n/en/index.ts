// The English catalogue: every word the product shows or writes, by key, in one file per concern. This
// is the reference catalogue: its keys define `MessageKey`, so each other language must give every one
// of them. `{name}` marks a value filled in at run time. UI text is sentence case, as Obsidian asks.
import { words } from "./words";
import { commands } from "./commands";
import { notices } from "./notices";
import { meeting } from "./meeting";
import { ending } from "./ending";
import { settings } from "./settings";
import { newRelationship } from "./new-relationship";
import { dashboardBlock } from "./dashboard-block";
import { dashboard } from "./dashboard";
import { dashboardText } from "./dashboard-text";
import { progress } from "./progress";
import { share } from "./share";
import { noteTexts } from "./note-texts";
import { problems } from "./problems";
import { cli } from "./cli";

export const en = {
  ...words,
  ...commands,
  ...notices,
  ...meeting,
  ...ending,
  ...settings,
  ...newRelationship,
  ...dashboardBlock,
  ...dashboard,
  ...dashboardText,
  ...progress,
  ...share,
  ...noteTexts,
  ...problems,
  ...cli,
} as const;

// Det danske katalog, én fil pr. emne. Hver fil har netop nøglerne fra den engelske fil af samme navn, og
// typen `Messages` kræver dem alle, så en manglende eller overskydende oversættelse er en typefejl. `{navn}`
// i krøllede parenteser er værdier, der indsættes ved kørsel: de står på engelsk.
import type { Messages } from "../messages";
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

export const da: Messages = {
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
};

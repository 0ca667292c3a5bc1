// What `mentoring --help` and `mentoring <command> --help` print, and the one-line usage error: built
// from the command table in args.ts, with every sentence from the catalogue.
import { COMMANDS, type CommandName, type UsageError } from "./args";
import { translate } from "../core/i18n";
import type { Language } from "../core/notes/types";

/** The whole usage (no command) or one command's usage and description. */
export function helpText(lang: Language, command: CommandName | null): string {
  const t = (key: Parameters<typeof translate>[1]): string => translate(lang, key);
  if (command !== null) {
    const spec = COMMANDS[command];
    return `${t("cli.help.title")}\n  mentoring ${command} ${spec.usage}\n\n${t(spec.about)}\n\n${t("cli.help.paths")}\n${t("cli.help.exit")}\n`;
  }
  const lines = (Object.keys(COMMANDS) as CommandName[]).map((name) => `  mentoring ${name} ${COMMANDS[name].usage}`);
  return [
    t("cli.help.title"),
    ...lines,
    "  mentoring --help | --version",
    "",
    t("cli.help.commandHelp"),
    t("cli.help.paths"),
    t("cli.help.settings"),
    "",
    t("cli.help.exit"),
    "",
  ].join("\n");
}

/** One line for a usage error, then where the usage is. */
export function usageErrorText(lang: Language, error: UsageError): string {
  const where = error.command === null ? "mentoring" : `mentoring ${error.command}`;
  return `${where}: ${translate(lang, error.key, error.vars)} ${translate(lang, "cli.usage.runHelp", { command: where })}\n`;
}

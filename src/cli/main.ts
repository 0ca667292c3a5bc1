// `mentoring`: the command line on a vault folder. Parses the arguments, runs one command, and sets the
// exit status: 0 done, 1 nothing written because of a problem, 2 a usage error (one line, and where the usage is),
// 3 a write that failed and could not be fully undone.
import { langInArgs, parseCliArgs } from "./args";
import { EXIT, localeLanguage, runCommand, type CliIo } from "./commands";
import { helpText, usageErrorText } from "./help";
import { forTerminal } from "./terminal";
import packageJson from "../../package.json";

export function main(argv: readonly string[], io: CliIo): number {
  const parsed = parseCliArgs(argv);
  // Before a vault's settings are read, --lang or else the terminal's locale picks the language.
  const language = langInArgs(argv) ?? localeLanguage(io.env);
  if (!parsed.ok) {
    io.err(usageErrorText(language, parsed.error));
    return EXIT.usage;
  }
  const { command } = parsed;
  if (command.kind === "help") {
    io.out(helpText(language, command.command));
    return EXIT.ok;
  }
  if (command.kind === "version") {
    io.out(`${packageJson.version}\n`);
    return EXIT.ok;
  }
  return runCommand(command, io);
}

function colorWanted(): boolean {
  const noColor = process.env["NO_COLOR"];
  return process.stdout.isTTY && (noColor === undefined || noColor === "");
}

// A closed pipe (`mentoring dashboard . | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: Error & { code?: string }) => {
  if (error.code === "EPIPE") process.exit(EXIT.ok);
  throw error;
});

// Under a file-size limit (`ulimit -f`) the kernel sends SIGXFSZ, whose default kills the process between
// two steps of a write. Ignored, the write fails with EFBIG instead, and the write path undoes the command.
process.on("SIGXFSZ", () => undefined);

process.exitCode = main(process.argv.slice(2), {
  // Paths on a pipe are data for the next program; on a terminal, and in every message, text is cleaned.
  out: (text) => process.stdout.write(process.stdout.isTTY ? forTerminal(text) : text),
  err: (text) => process.stderr.write(forTerminal(text)),
  color: colorWanted(),
  env: process.env,
  now: () => new Date(),
});

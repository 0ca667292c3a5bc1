// Whether a new session may be started at all, asked before planning one: a relationship whose agreement
// or an earlier session cannot be read would get a session with missing names or have its actions moved
// out of a note we promise to leave as it is; an ended one gets a new session only on purpose.
import { message } from "../i18n";
import { refusal } from "../syntax/edit-result";
import type { Problem, ProblemMessage } from "../notes/types";
import type { RelationshipState } from "./new-session";

export type NewSessionCheck = { ok: true } | { ok: false; ended: boolean; reason: string; message: ProblemMessage };

/** The first note of the relationship whose frontmatter cannot be read, with that problem. */
function brokenNote(files: readonly string[], problemsOf: (file: string) => readonly Problem[]): { file: string; problem: Problem } | null {
  for (const file of files) {
    const problem = problemsOf(file).find((found) => found.message?.key === "problem.frontmatter");
    if (problem) return { file, problem };
  }
  return null;
}

/**
 * Refuses a new session when the agreement or an earlier session has frontmatter that cannot be read
 * (`problemsOf` gives a note's problems, as the index holds them), or the relationship has ended and
 * `force` is not set. `name` is the other person, as the refusal names them.
 */
export function checkNewSession(
  relationship: RelationshipState,
  name: string,
  problemsOf: (file: string) => readonly Problem[],
  force: boolean,
): NewSessionCheck {
  const { agreement, sessions } = relationship;
  const agreementProblem = brokenNote([agreement.file], problemsOf);
  if (agreementProblem) return refused(false, message("newSession.brokenAgreement", { path: agreementProblem.file, problem: problemMessage(agreementProblem.problem) }));
  const sessionProblem = brokenNote(sessions.map((session) => session.file), problemsOf);
  if (sessionProblem) return refused(false, message("newSession.brokenSession", { path: sessionProblem.file, problem: problemMessage(sessionProblem.problem) }));
  if (agreement.status === "ended" && !force) return refused(true, message("newSession.ended", { name }));
  return { ok: true };
}

function problemMessage(problem: Problem): ProblemMessage | string {
  return problem.message ?? problem.reason;
}

function refused(ended: boolean, text: ProblemMessage): NewSessionCheck {
  return { ...refusal(text), ended };
}

// Whether a new session may be started at all, asked before planning one: a relationship whose agreement
// or an earlier session cannot be read would get a session with missing names or have its actions moved
// out of a note we promise to leave as it is; an ended one gets a new session only on purpose.
import { message } from "../i18n";
import { refusal } from "../syntax/edit-result";
import type { Problem, ProblemMessage } from "../notes/types";
import type { RelationshipState } from "./new-session";

export type NewSessionCheck = { ok: true } | { ok: false; ended: boolean; reason: string; message: ProblemMessage };

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
  for (const file of [agreement.file, ...sessions.map((session) => session.file)]) {
    const problem = problemsOf(file)
      .map((found) => found.message)
      .find((found) => found?.key === "problem.frontmatter");
    if (problem === undefined) continue;
    const key = file === agreement.file ? "newSession.brokenAgreement" : "newSession.brokenSession";
    return { ...refusal(message(key, { path: file, problem })), ended: false };
  }
  if (agreement.status === "ended" && !force) return { ...refusal(message("newSession.ended", { name })), ended: true };
  return { ok: true };
}

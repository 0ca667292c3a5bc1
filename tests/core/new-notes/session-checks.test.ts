import { describe, expect, it } from "vitest";
import { checkNewSession } from "../../../src/core/new-notes/session-checks";
import { problemText } from "../../../src/core/notes/problems";
import { translatorFor } from "../../../src/core/i18n";
import { VaultIndex } from "../../../src/core/index/vault-index";

const AGREEMENT = "M/Anna Berg/Agreement.md";
const FIRST = "M/Anna Berg/2026-10-01 Session 1.md";
const agreement = (status = "active"): string => `---\ntype: mentoring-agreement\nmentee: Anna Berg\nrole: mentor\nstatus: ${status}\n---\n## Goals\n`;
const session = "---\ntype: mentoring-session\nsession: 1\ndate: 2026-10-01\n---\n## Actions\n- [ ] Call\n";

function check(notes: Record<string, string>, force = false): ReturnType<typeof checkNewSession> {
  const index = new VaultIndex(Object.entries(notes));
  const relationship = index.relationship("M/Anna Berg");
  if (!relationship) throw new Error("no relationship");
  return checkNewSession(relationship, "Anna Berg", (file) => index.get(file)?.problems ?? [], force);
}

describe("checkNewSession", () => {
  it("lets a readable, active relationship have its next session", () => {
    expect(check({ [AGREEMENT]: agreement(), [FIRST]: session })).toEqual({ ok: true });
  });

  it("refuses an agreement without its closing ---, naming it and why, in English and Danish", () => {
    const result = check({ [AGREEMENT]: agreement().replace("---\n## Goals", "## Goals"), [FIRST]: session });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.ended).toBe(false);
    expect(result.reason).toBe(
      `No session was started, because the agreement ${AGREEMENT} is broken (Frontmatter cannot be read: frontmatter starts on line 1 but has no closing ---). Nothing was written.`,
    );
    const danish = problemText(result, translatorFor("da"));
    expect(danish).toContain(`aftalen ${AGREEMENT} er i stykker`);
    expect(danish).toContain("Intet blev skrevet.");
  });

  it("refuses when an earlier session's frontmatter cannot be read (a key twice), naming that session", () => {
    const broken = "M/Anna Berg/2026-10-15 Session 2.md";
    const result = check({
      [AGREEMENT]: agreement(),
      [FIRST]: session,
      [broken]: "---\ntype: mentoring-session\ndate: 2026-10-15\ndate: 2026-10-16\n---\n## Actions\n- [ ] Plan\n",
    });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.reason).toContain(`the earlier session ${broken} is broken`);
    expect(result.reason).toContain("appears twice");
  });

  it("a field that is merely wrong (not a whole number) is no reason to refuse", () => {
    expect(check({ [AGREEMENT]: agreement(), [FIRST]: session.replace("session: 1", "session: one") })).toEqual({ ok: true });
  });

  it("refuses an ended relationship unless forced", () => {
    const result = check({ [AGREEMENT]: agreement("ended"), [FIRST]: session });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.ended).toBe(true);
    expect(result.reason).toBe("The relationship with Anna Berg has ended, so no session was started. Nothing was written.");
    expect(problemText(result, translatorFor("da"))).toBe("Forløbet med Anna Berg er afsluttet, så der blev ikke oprettet et møde. Intet blev skrevet.");
    expect(check({ [AGREEMENT]: agreement("ended"), [FIRST]: session }, true)).toEqual({ ok: true });
  });

  it("forcing never lets a broken note through", () => {
    expect(check({ [AGREEMENT]: agreement("ended").replace("---\n## Goals", "## Goals") }, true).ok).toBe(false);
  });
});

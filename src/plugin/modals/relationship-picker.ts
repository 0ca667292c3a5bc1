// The fuzzy list "start mentoring session" opens: "New relationship…" first, then every active
// relationship by the other person's name, then the ended ones (starting one asks first). The folder they
// share is said once, above the list; a row adds its own folder only when two people have the same name.
import { FuzzySuggestModal } from "obsidian";
import { relationshipName } from "../../core/dashboard/dashboard";
import { folderOf } from "../../core/syntax/paths";
import type { IndexedRelationship } from "../../core/index/vault-index";
import type { MentoringContext } from "../context";

export type RelationshipChoice = { kind: "new" } | { kind: "relationship"; relationship: IndexedRelationship; name: string };

/** The choices, in the order shown: "new" first, then active relationships by name, then ended ones by name. */
export function relationshipChoices(relationships: readonly IndexedRelationship[]): RelationshipChoice[] {
  const byName = (status: "active" | "ended"): RelationshipChoice[] =>
    relationships
      .filter((relationship) => relationship.agreement.status === status)
      .map((relationship) => ({ kind: "relationship" as const, relationship, name: relationshipName(relationship) }))
      .sort((a, b) => a.name.localeCompare(b.name) || (a.relationship.folder < b.relationship.folder ? -1 : 1));
  return [{ kind: "new" }, ...byName("active"), ...byName("ended")];
}

/** The folder every relationship sits in, or null when they are spread over several. */
function sharedParent(choices: readonly RelationshipChoice[]): string | null {
  const parents = new Set(choices.flatMap((choice) => (choice.kind === "relationship" ? [folderOf(choice.relationship.folder)] : [])));
  const [only] = parents;
  return parents.size === 1 && only !== undefined && only !== "" ? only : null;
}

export class RelationshipPickerModal extends FuzzySuggestModal<RelationshipChoice> {
  private readonly sameName: Set<string>;
  private readonly parent: string | null;

  constructor(
    private readonly ctx: MentoringContext,
    private readonly choices: RelationshipChoice[],
    private readonly onPick: (choice: RelationshipChoice) => void,
  ) {
    super(ctx.app);
    this.setPlaceholder(ctx.t("pick.relationshipPlaceholder"));
    this.inputEl.setAttribute("aria-label", ctx.t("pick.relationshipPlaceholder"));
    this.emptyStateText = ctx.t("pick.noMatch");
    const names = choices.flatMap((choice) => (choice.kind === "relationship" ? [choice.name.toLowerCase()] : []));
    this.sameName = new Set(names.filter((name, at) => names.indexOf(name) !== at));
    this.parent = sharedParent(choices);
    if (this.parent !== null) {
      const where = createDiv({ cls: "mentoring-picker-folder", text: ctx.t("pick.inFolder", { folder: this.parent }) });
      this.modalEl.insertBefore(where, this.resultContainerEl);
    }
  }

  getItems(): RelationshipChoice[] {
    return this.choices;
  }

  getItemText(choice: RelationshipChoice): string {
    if (choice.kind === "new") return this.ctx.t("pick.newRelationship");
    const ended = choice.relationship.agreement.status === "ended" ? ` (${this.ctx.t("status.ended")})` : "";
    if (!this.sameName.has(choice.name.toLowerCase())) return `${choice.name}${ended}`;
    // Two people with the same name are told apart by their folder (below the shared one).
    const folder = this.parent === null ? choice.relationship.folder : choice.relationship.folder.slice(this.parent.length + 1);
    return `${choice.name} (${folder})${ended}`;
  }

  onChooseItem(choice: RelationshipChoice): void {
    this.onPick(choice);
  }
}

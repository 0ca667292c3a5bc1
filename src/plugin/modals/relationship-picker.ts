// The fuzzy list "start mentoring session" opens: "New relationship…" first, then every active
// relationship by the other person's name, then the ended ones (starting one asks first).
import { FuzzySuggestModal } from "obsidian";
import { relationshipName } from "../../core/dashboard/dashboard";
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

export class RelationshipPickerModal extends FuzzySuggestModal<RelationshipChoice> {
  constructor(
    private readonly ctx: MentoringContext,
    private readonly choices: RelationshipChoice[],
    private readonly onPick: (choice: RelationshipChoice) => void,
  ) {
    super(ctx.app);
    this.setPlaceholder(ctx.t("pick.relationshipPlaceholder"));
    this.emptyStateText = ctx.t("pick.noMatch");
  }

  getItems(): RelationshipChoice[] {
    return this.choices;
  }

  getItemText(choice: RelationshipChoice): string {
    if (choice.kind === "new") return this.ctx.t("pick.newRelationship");
    // The folder too, so two people with the same name can be told apart.
    const ended = choice.relationship.agreement.status === "ended" ? `, ${this.ctx.t("status.ended")}` : "";
    return `${choice.name} (${choice.relationship.folder}${ended})`;
  }

  onChooseItem(choice: RelationshipChoice): void {
    this.onPick(choice);
  }
}

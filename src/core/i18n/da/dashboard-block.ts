// Indstillingerne i en `mentoring-dashboard`-blok, og hvad der er galt med dem.
import type { dashboardBlock as english } from "../en/dashboard-block";

export const dashboardBlock: Record<keyof typeof english, string> = {
  "dashboard.block.notAnOption": "Linje {line} er ikke en indstilling: skriv »indstilling: værdi«, fx »owner: me«.",
  "dashboard.block.unknownOption": "Ukendt indstilling »{name}« på linje {line}. Indstillingerne er {options}.",
  "dashboard.block.givenTwice": "Indstillingen »{name}« er angivet to gange; linje {line} bruges.",
  "dashboard.block.relationshipEmpty": "Linje {line}: »relationship« skal have et forløbs mappe eller navn.",
  "dashboard.block.ownerInvalid": "Linje {line}: »owner« er en af {allowed}, ikke »{value}«.",
  "dashboard.block.doneInvalid": "Linje {line}: »done« er true eller false, ikke »{value}«.",
  "dashboard.block.showInvalid": "Linje {line}: »show« angiver nogle af {allowed}, adskilt med komma, ikke »{value}«.",
  "dashboard.block.showEmpty": "Linje {line}: »show« angiver nogle af {allowed}, adskilt med komma, men der står intet.",
};

// The dashboard as the command line prints it with `--format json`: actions flattened in dashboard order.
import type { DashboardModel } from "./model";

/** The command line's `--format json` contract: the fields named here, 1-based lines, `/` paths. */
export type DashboardJson = ReturnType<typeof dashboardToJson>;

/** The model as the JSON contract: actions flattened in dashboard order. `JSON.stringify` it to print. */
export function dashboardToJson(model: DashboardModel) {
  return {
    today: model.today,
    relationships: model.relationships.map((row) => ({
      folder: row.folder,
      name: row.name,
      role: row.role,
      status: row.status,
      phase: row.phase,
      focus: row.focus,
      sessionsHeld: row.sessionsHeld,
      meetingsPlanned: row.meetingsPlanned,
      lastMeeting: row.lastMeeting,
      nextMeeting: row.nextMeeting,
      followUp: row.followUp,
      end: row.end,
      goals: row.goals.map((goal) => ({ text: goal.text, achieved: goal.achieved, achievedOn: goal.completed })),
      tooManyGoals: row.tooManyGoals,
      endPassed: row.endPassed,
      progress: row.progress.map(({ file, number, date, agreed, done, forwarded, cancelled, open }) => ({ file, number, date, agreed, done, forwarded, cancelled, open })),
    })),
    actions: model.groups.flatMap((group) =>
      group.actions.map((action) => ({
        relationship: action.relationship,
        text: action.text,
        owner: action.owner,
        due: action.due,
        done: action.done,
        completed: action.completed,
        overdue: action.overdue,
        file: action.file,
        line: action.line + 1,
        mine: action.mine,
        session: { ...action.session },
      })),
    ),
    problems: model.problems.map(({ file, reason, line }) => (line === undefined ? { file, reason } : { file, reason, line })),
  };
}

// The dashboard as the command line prints it with `--format json`: actions flattened in dashboard order.
import type { DashboardModel } from "./model";
import type { AgreementStatus, Focus, IsoDate, Phase, Role } from "../notes/types";

/** The command line's `--format json` contract: fixed field names, 1-based lines, `/` paths. */
export interface DashboardJson {
  today: IsoDate;
  relationships: Array<{
    folder: string;
    name: string;
    role: Role;
    status: AgreementStatus;
    phase: Phase;
    /** The focus of the latest session held, or null. */
    focus: Focus | null;
    sessionsHeld: number;
    meetingsPlanned: number | null;
    lastMeeting: IsoDate | null;
    nextMeeting: IsoDate | null;
    followUp: boolean;
    end: IsoDate | null;
    goals: Array<{ text: string; achieved: boolean; achievedOn: IsoDate | null }>;
    tooManyGoals: boolean;
    endPassed: boolean;
    progress: Array<{ file: string; number: number | null; date: IsoDate | null; agreed: number; done: number; forwarded: number; cancelled: number; open: number }>;
  }>;
  actions: Array<{
    relationship: string;
    text: string;
    owner: Role;
    due: IsoDate | null;
    done: boolean;
    completed: IsoDate | null;
    overdue: boolean;
    file: string;
    line: number;
    mine: boolean;
    session: { file: string; number: number | null; date: IsoDate | null };
  }>;
  problems: Array<{ file: string; reason: string; line?: number }>;
}

/** The model as the JSON contract: actions flattened in dashboard order. `JSON.stringify` it to print. */
export function dashboardToJson(model: DashboardModel): DashboardJson {
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
    problems: model.problems.map((problem) =>
      problem.line === undefined
        ? { file: problem.file, reason: problem.reason }
        : { file: problem.file, reason: problem.reason, line: problem.line },
    ),
  };
}

// The meeting timer as plain data: start, pause/resume, elapsed and remaining against the meeting
// length, and a one-time warning when about ten minutes are left. Time comes in as milliseconds, so the
// plugin (and tests) decide what "now" is; nothing here reads a clock.

/** How long before the end the mentor is told to close with the four headings. */
const WARN_BEFORE_MS = 10 * 60 * 1000;

export interface TimerState {
  /** Planned meeting length in minutes. */
  readonly meetingMinutes: number;
  /** Time counted before the current run (the sum of earlier runs between pauses). */
  readonly accumulatedMs: number;
  /** When the current run began; null while paused. */
  readonly runningSince: number | null;
  /** Set once the ten-minute warning has been given, so it is given once. */
  readonly warned: boolean;
}

export function startTimer(now: number, meetingMinutes: number): TimerState {
  const minutes = Number.isFinite(meetingMinutes) && meetingMinutes > 0 ? meetingMinutes : 60;
  return { meetingMinutes: minutes, accumulatedMs: 0, runningSince: now, warned: false };
}

function elapsedMs(state: TimerState, now: number): number {
  return state.accumulatedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

/** Time left of the meeting; negative once it runs over. */
function remainingMs(state: TimerState, now: number): number {
  return state.meetingMinutes * 60_000 - elapsedMs(state, now);
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.runningSince === null) return state;
  return { ...state, accumulatedMs: elapsedMs(state, now), runningSince: null };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.runningSince !== null) return state;
  return { ...state, runningSince: now };
}

export function togglePause(state: TimerState, now: number): TimerState {
  return state.runningSince !== null ? pauseTimer(state, now) : resumeTimer(state, now);
}

/**
 * True exactly when the warning is due and has not been given: about ten minutes (or less) remain.
 * A meeting planned for ten minutes or less would warn at once, which helps nobody: it warns at half time.
 */
export function shouldWarn(state: TimerState, now: number): boolean {
  if (state.warned) return false;
  const threshold = Math.min(WARN_BEFORE_MS, (state.meetingMinutes * 60_000) / 2);
  return remainingMs(state, now) <= threshold;
}

export function markWarned(state: TimerState): TimerState {
  return state.warned ? state : { ...state, warned: true };
}

/** `mm:ss` below an hour, `h:mm:ss` from an hour. */
function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (n: number): string => String(n).padStart(2, "0");
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

export interface TimerReading {
  elapsed: string;
  remaining: string;
  overtime: boolean;
  running: boolean;
}

/** What the status bar shows: elapsed and remaining, formatted, and whether the meeting runs over. */
export function readTimer(state: TimerState, now: number): TimerReading {
  const remaining = remainingMs(state, now);
  return {
    elapsed: formatDuration(elapsedMs(state, now)),
    remaining: formatDuration(Math.abs(remaining)),
    overtime: remaining < 0,
    running: state.runningSince !== null,
  };
}

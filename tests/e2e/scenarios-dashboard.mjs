// The dashboard scenarios (view, filter, tick, code block, axe, keyboard): filled in when the view lands.
export function dashboardScenarios() {
  return [];
}

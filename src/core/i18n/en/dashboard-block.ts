// The options of a `mentoring-dashboard` block and what is wrong with them.
export const dashboardBlock = {
  "dashboard.block.notAnOption": "Line {line} is not an option: write \"key: value\", for example \"owner: me\".",
  "dashboard.block.unknownOption": "Unknown option \"{name}\" on line {line}. The options are {options}.",
  "dashboard.block.givenTwice": "The option \"{name}\" is given twice; line {line} is used.",
  "dashboard.block.relationshipEmpty": "Line {line}: \"relationship\" needs a relationship's folder or name.",
  "dashboard.block.ownerInvalid": "Line {line}: \"owner\" is one of {allowed}, not \"{value}\".",
  "dashboard.block.doneInvalid": "Line {line}: \"done\" is true or false, not \"{value}\".",
  "dashboard.block.showInvalid": "Line {line}: \"show\" lists some of {allowed}, separated by commas, not \"{value}\".",
  "dashboard.block.showEmpty": "Line {line}: \"show\" lists some of {allowed}, separated by commas, not nothing.",
} as const;

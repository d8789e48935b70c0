import type { Command } from "../cli-context";
import { aggregateCommand } from "./aggregate";
import { exportCommand } from "./export";
import { fieldsCommand } from "./fields";
import { reportCommand } from "./report";
import { statusCommand } from "./status";
import { templateCommand } from "./template";
import { validateCommand } from "./validate";
import { watchCommand } from "./watch";

/** Every command by its name on the command line (docs/cli.md's six). */
export const COMMANDS: Readonly<Record<string, Command>> = {
  template: templateCommand,
  validate: validateCommand,
  export: exportCommand,
  aggregate: aggregateCommand,
  watch: watchCommand,
  fields: fieldsCommand,
  status: statusCommand,
  report: reportCommand,
};

import type { FunctionComponent } from "preact";
import type { Lang } from "../../shared/messages/lang";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { RegionalTool } from "./regional-tool";
import type { Say } from "./say";
import type { Validation } from "./use-validation";
import type { Work } from "./use-work";

/** What a tool panel below the controller's steps gets: the same words, adapter and work queue. */
export interface ToolPanelProps {
  say: Say;
  lang: Lang;
  /** Re-validates after each of its writes, like every write of the pane. */
  adapter: WorkbookAdapter;
  work: Work;
  validation: Validation;
}

/**
 * Panels for other work than one unit's return (e.g. the RHF's regional workbook), shown after the
 * controller's steps in this order. A new panel is its own files plus one line here.
 */
export const TOOL_PANELS: readonly FunctionComponent<ToolPanelProps>[] = [RegionalTool];

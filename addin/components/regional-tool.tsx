import { RegionalPanel } from "./regional-panel";
import type { ToolPanelProps } from "./tool-panels";

/**
 * The RHF's regional workbook as a tool panel: offered on a workbook without templates (a unit's
 * return is not where the region's table is built), written through the re-validating adapter.
 */
export function RegionalTool({ lang, adapter, validation }: ToolPanelProps) {
  const templates = validation.result?.snapshot.templates ?? [];
  if (templates.length > 0) return null;
  return <RegionalPanel lang={lang} onBuild={(plan) => adapter.writeRegionalSheet(plan)} />;
}

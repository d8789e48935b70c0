import { LazySection } from "./lazy-section";
import type { RegionalPanel } from "./regional-panel";
import type { ToolPanelProps } from "./tool-panels";

type PanelProps = Parameters<typeof RegionalPanel>[0];

/**
 * The RHF's regional workbook as a tool panel: offered on a workbook without templates (a unit's
 * return is not where the region's table is built), written through the re-validating adapter. Only
 * RHF staff use it, so it opens on request: the panel, its words and everything it reads and writes
 * are fetched then (docs/addin.md), never with a controller's pane.
 */
export function RegionalTool({ say, lang, adapter, validation }: ToolPanelProps) {
  const templates = validation.result?.snapshot.templates ?? [];
  if (templates.length > 0) return null;
  return (
    <LazySection<PanelProps>
      say={say}
      id="regional"
      heading={say("regionalHeading")}
      opener={say("regionalOpen")}
      load={() => import("./regional-panel").then((loaded) => loaded.RegionalPanel)}
      props={{ lang, onBuild: (plan) => adapter.writeRegionalSheet(plan) }}
    />
  );
}

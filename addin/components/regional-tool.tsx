import type { FunctionComponent } from "preact";
import { useState } from "preact/hooks";
import type { RegionalPanel } from "./regional-panel";
import type { ToolPanelProps } from "./tool-panels";
import { errorText } from "./use-work";

type Panel = FunctionComponent<Parameters<typeof RegionalPanel>[0]>;

/**
 * The RHF's regional workbook as a tool panel: offered on a workbook without templates (a unit's
 * return is not where the region's table is built), written through the re-validating adapter. Only
 * RHF staff use it, so it opens on request: the panel, its words and everything it reads and writes
 * are fetched then (docs/addin.md), never with a controller's pane.
 */
export function RegionalTool({ say, lang, adapter, work, validation }: ToolPanelProps) {
  const [panel, setPanel] = useState<Panel>();
  const [open, setOpen] = useState(false);
  const templates = validation.result?.snapshot.templates ?? [];
  if (templates.length > 0) return null;
  const toggle = () => {
    if (open || panel) return setOpen(!open);
    import("./regional-panel").then(
      (loaded) => {
        setPanel(() => loaded.RegionalPanel);
        setOpen(true);
      },
      (error: unknown) => work.setStatus(say("failed", { detail: errorText(error) })),
    );
  };
  const Opened = open ? panel : undefined;
  return (
    <section aria-labelledby="regional-heading">
      <h2 id="regional-heading">{say("regionalHeading")}</h2>
      <button type="button" aria-expanded={open} aria-controls="regional-tool" onClick={toggle}>
        {say("regionalOpen")}
      </button>
      {Opened && <Opened lang={lang} onBuild={(plan) => adapter.writeRegionalSheet(plan)} />}
    </section>
  );
}

import { LazySection } from "./lazy-section";
import type { TrendSectionProps } from "./trend-section";

/**
 * The trend over years, below the controller's steps, opens on request: its panel, chart, points
 * and status history are fetched then (docs/addin.md, the `trend-section` chunk), not with the pane.
 */
export function TrendDisclosure(props: TrendSectionProps) {
  return (
    <LazySection
      say={props.say}
      id="trend"
      heading={props.say("trendHeading")}
      opener={props.say("trendOpen")}
      load={() => import("./trend-section").then((loaded) => loaded.TrendSection)}
      props={props}
    />
  );
}

import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

// Named imports only, so the bundle keeps the two charts, grid, legend and the SVG renderer
// (https://echarts.apache.org/handbook/en/basics/import/#shrinking-bundle-size).
use([LineChart, BarChart, GridComponent, LegendComponent, SVGRenderer]);

/** ECharts' `init`, with what the report draws registered. */
export { init };

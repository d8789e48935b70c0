import { parseCell } from "./cell-address";
import { ClientObject } from "./client-object";
import { ModelError } from "./model-error";
import type { Mirror } from "./office-types";
import type { RangeProxy } from "./range-proxy";
import { type RangeTarget, targetAddress } from "./range-target";
import type { ModelContext } from "./request-context";
import type { SheetState } from "./workbook-state";

/** A chart as the model keeps it: what `charts.add` was given, and what was set on it since. */
export interface ChartState {
  id: string;
  name: string;
  type: string;
  /** `Sheet!A3:F13`, the source range's address at the time of `add`. */
  source: string;
  seriesBy: string;
  title?: string;
  position?: { start: string; end?: string };
}

/** The charts of each sheet, beside the model's sheet state (only the add-in's regional sheet has any). */
const CHARTS = new WeakMap<SheetState, ChartState[]>();

/** The charts on a sheet, for tests and the playground. */
export function chartsOf(sheet: SheetState): readonly ChartState[] {
  return CHARTS.get(sheet) ?? [];
}

/** The chart types the add-in draws; others are valid in Excel but not modelled, and the model says so. */
const MODELLED_TYPES = new Set(["Line", "LineMarkers", "ColumnClustered", "BarClustered"]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

/**
 * `Excel.ChartCollection.add(type, sourceData, seriesBy)` (ExcelApi 1.1): a new chart drawn from a
 * range; `seriesBy` defaults to `Auto`; an unknown series orientation is `InvalidArgument`.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
 */
export class ChartCollectionProxy {
  constructor(
    private readonly context: ModelContext,
    private readonly sheet: () => SheetState,
  ) {}

  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    if (!MODELLED_TYPES.has(type))
      throw new ModelError("InvalidArgument", `Chart type '${type}' is not modelled.`, "ChartCollection.add");
    if (!SERIES_BY.has(seriesBy))
      throw new ModelError("InvalidArgument", `'${seriesBy}' is not a ChartSeriesBy.`, "ChartCollection.add");
    // The range's own locator: the source is read when the batch runs, as Excel does.
    const source = (sourceData as unknown as { locator(): () => RangeTarget | undefined }).locator();
    let chart: ChartState | undefined;
    this.context.enqueue(() => {
      const target = source();
      if (!target)
        throw new ModelError("ItemNotFound", "The source range does not exist.", "ChartCollection.add");
      const sheet = this.sheet();
      const list = CHARTS.get(sheet) ?? [];
      chart = {
        id: `chart-${list.length + 1}`,
        name: `Chart ${list.length + 1}`,
        type,
        source: targetAddress(target),
        seriesBy,
      };
      CHARTS.set(sheet, [...list, chart]);
      this.context.host.recordWrite("ChartCollection.add");
    });
    return new ChartProxy(this.context, () => chart);
  }
}

/**
 * `Excel.Chart` as far as the add-in uses it: its name, `title.text` and `setPosition`.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart
 */
export class ChartProxy
  extends ClientObject<ChartState>
  implements Mirror<Excel.Chart, "name" | "setPosition">
{
  readonly title: { text: string };

  constructor(context: ModelContext, locate: () => ChartState | undefined) {
    super(context, locate, { label: "Chart", known: true });
    const command = (apply: (chart: ChartState) => void) => this.command(apply);
    const get = () => this.get<string>("title");
    this.title = {
      get text() {
        return get();
      },
      set text(text: string) {
        command((chart) => {
          chart.title = text;
        });
      },
    };
  }

  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.command((chart) => {
      chart.name = name;
    });
  }

  /**
   * Places the chart over cells; `startCell` is required and must be a cell address (Excel:
   * `InvalidArgument` otherwise). https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart#excel-excel-chart-setposition-member(1)
   */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    const start = String(startCell);
    const end = endCell === undefined ? undefined : String(endCell);
    if (!parseCell(start) || (end !== undefined && !parseCell(end))) {
      throw new ModelError("InvalidArgument", "setPosition takes cell addresses.", "Chart.setPosition");
    }
    this.command((chart) => {
      chart.position = { start, ...(end ? { end } : {}) };
    });
  }

  protected snapshot(chart: ChartState): Record<string, unknown> {
    return { name: chart.name, title: chart.title ?? "" };
  }

  protected defaultLoad(): string[] {
    return ["name"];
  }
}

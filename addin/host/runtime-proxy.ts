import { requireApi } from "./api-sets";
import { ClientObject } from "./client-object";
import type { ModelHost } from "./model-host";
import type { ModelContext } from "./request-context";

/**
 * `Excel.Runtime` (`context.runtime`): `enableEvents` (ExcelApi 1.8) turns this add-in's events off
 * and on; while off, the add-in's own writes raise no `onChanged` for it. Events toggle per add-in
 * runtime, not per workbook.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#enable-and-disable-events
 */
export class RuntimeProxy extends ClientObject<ModelHost> implements Pick<Excel.Runtime, "enableEvents"> {
  constructor(context: ModelContext) {
    super(context, () => context.host, { label: "Runtime", known: true });
  }
  get enableEvents(): boolean {
    requireApi(this.context.host.api, "1.8", "Runtime.enableEvents");
    return this.get("enableEvents");
  }
  set enableEvents(enabled: boolean) {
    requireApi(this.context.host.api, "1.8", "Runtime.enableEvents");
    this.command((host) => {
      host.eventsEnabled = enabled;
    }, null);
  }
  protected snapshot(host: ModelHost) {
    return { enableEvents: host.eventsEnabled };
  }
  protected defaultLoad() {
    return ["enableEvents"];
  }
}

import { type Identity, identityOf } from "../../shared/package/identity-of";
import type { Report } from "../../shared/report/report";
import type { WorkbookSnapshot } from "../adapter/workbook-adapter";

/** The unit and year a pass is about, read from the templates' identity fields (as the CLI reads them). */
export function passIdentity(snapshot: WorkbookSnapshot, report: Report): Identity {
  return identityOf(report.values, snapshot.templates);
}

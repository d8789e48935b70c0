import { ClientObject } from "./client-object";
import { ModelError } from "./model-error";
import type { Mirror } from "./office-types";
import type { ModelContext } from "./request-context";
import type { ProtectionOptions, SheetState } from "./workbook-state";

/** `Excel.WorksheetProtection` (ExcelApi 1.2): protect with options and an optional password, unprotect. */
export class WorksheetProtectionProxy
  extends ClientObject<SheetState>
  implements Mirror<Excel.WorksheetProtection, "protected" | "options" | "protect" | "unprotect">
{
  constructor(context: ModelContext, locate: () => SheetState | undefined) {
    super(context, locate, { label: "WorksheetProtection", known: true, nullable: true });
  }
  get protected(): boolean {
    return this.get("protected");
  }
  get options(): ProtectionOptions {
    return this.get("options");
  }

  /** Protects the sheet; Excel refuses to protect a sheet that already is. */
  protect(options: ProtectionOptions = {}, password?: string): void {
    this.command((sheet) => {
      if (sheet.protection.protected) {
        throw new ModelError(
          "InvalidOperation",
          `The sheet '${sheet.name}' is already protected.`,
          sheet.name,
        );
      }
      sheet.protection = { protected: true, options: { ...options }, ...(password ? { password } : {}) };
    }, "protect");
  }

  /** Unprotects the sheet; a wrong password is refused, an unprotected sheet stays as it is. */
  unprotect(password?: string): void {
    this.command((sheet) => {
      const current = sheet.protection as SheetState["protection"] & { password?: string };
      if (current.password !== undefined && current.password !== password) {
        throw new ModelError("InvalidArgument", "The password you supplied is not correct.", sheet.name);
      }
      sheet.protection = { protected: false, options: {} };
    }, "unprotect");
  }

  protected snapshot(sheet: SheetState) {
    return { protected: sheet.protection.protected, options: { ...sheet.protection.options } };
  }
  protected defaultLoad() {
    return ["protected", "options"];
  }
}

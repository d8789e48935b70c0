import { assemblePackage } from "../../shared/package/assemble-package";
import { packageText } from "../../shared/package/build-package";
import { parsePackage } from "../../shared/package/parse-package";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { CliContext } from "../cli-context";
import { CliFailure } from "../cli-failure";
import { type CheckedFile, checkFile } from "../files/check-file";
import { isSameFile } from "../files/same-file";
import { writeNewFile } from "../files/write-new-file";
import { fileSection } from "../output/file-section";
import { parseOptions, stringOption } from "../parse-options";

/** `export <file.xlsx> [--out <pkg>]`: the package, refused (exit 1) while the workbook has errors. */
export async function exportCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, { out: { type: "string" } });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    throw new CliFailure({ code: "missingArgument", params: { what: "<fil.xlsx>/<file.xlsx>" } });
  }
  const out = stringOption(values.out) ?? defaultOut(file);
  if (await isSameFile(out, file)) throw new CliFailure({ code: "outIsInput", params: { file: out } });
  const checked = await checkFile(file, { workbookPhase: "export" });
  if (checked.kind !== "workbook") throw new CliFailure({ code: "notWorkbook" }, file);
  if (checked.report.issues.length > 0) context.io.out(fileSection(checked, context).join("\n"));
  if (!checked.report.ok) {
    context.io.out(context.words.exportRefused(checked.report.stats.errors));
    return 1;
  }
  const text = packageText(packageOf(checked));
  // Asked again just before writing: the workbook is what must never be lost.
  if (await isSameFile(out, file)) throw new CliFailure({ code: "outIsInput", params: { file: out } });
  await writeNewFile(out, text);
  context.io.out(context.words.exported(out));
  return 0;
}

/** `beds-2024.xlsx` → `beds-2024.hso.json` beside it. */
function defaultOut(file: string): string {
  return `${file.replace(/\.xlsx$/i, "")}.hso.json`;
}

function packageOf(checked: CheckedFile): SubmissionPackage {
  const assembled = assemblePackage({
    templates: checked.templates,
    report: checked.report,
    notes: checked.notes,
    validatedAt: new Date(),
  });
  if (!assembled.ok) throw new CliFailure({ code: "noUnit" }, checked.file);
  // What we write must be what any reader accepts; a refusal here is our bug, said plainly.
  const reread = parsePackage(packageText(assembled.pkg));
  if (!reread.ok) throw new CliFailure({ code: "badPackage", error: reread.error }, checked.file);
  return assembled.pkg;
}

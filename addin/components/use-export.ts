import { useState } from "preact/hooks";
import { packageText } from "../../shared/package/build-package";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import type { ExportState } from "./export-panel";
import { packageFileName, packageFromPass } from "./package-from-pass";
import type { Say } from "./say";
import type { Work } from "./use-work";
import { judge } from "./validation-loop";

/** What export needs from outside the workbook: the clock, a download and the clipboard. */
export interface ExportDeps {
  now: () => Date;
  download: (file: string, text: string) => void;
  copy: (text: string) => Promise<boolean>;
}

/**
 * Export validates in phase "export" (unexplained changes become errors). Other errors refuse it;
 * unexplained changes alone are asked for in place; a clean pass becomes a package, downloaded and copied.
 */
export function useExport(adapter: WorkbookAdapter, say: Say, work: Work, deps: ExportDeps) {
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  const attempt = () =>
    work.run("busyExport", async () => {
      const snapshot = await adapter.read();
      const report = judge(snapshot, "export");
      const unexplained = report.issues.filter(
        (issue) => issue.code === "change_unexplained" && issue.severity === "error",
      );
      const blocking = report.stats.errors - unexplained.length;
      if (blocking > 0) {
        setState({ kind: "refused", errors: blocking });
        return say("exportRefused", { errors: blocking });
      }
      if (unexplained.length > 0) {
        setState({ kind: "explain", issues: unexplained });
        return say("explainIntro");
      }
      const pkg = packageFromPass(snapshot, report, deps.now());
      const file = packageFileName(pkg);
      const text = packageText(pkg);
      deps.download(file, text);
      const copied = await deps.copy(text);
      await rememberDigest(adapter, pkg);
      setState({ kind: "ready", file, text, copied });
      return say("exported", { file });
    });
  const explain = async (notes: Record<string, string>) => {
    const trimmed = Object.fromEntries(Object.entries(notes).map(([field, text]) => [field, text.trim()]));
    await work.run("busyExport", async () => {
      await adapter.writeNotes(trimmed);
      return undefined;
    });
    await attempt();
  };
  return { state, attempt, explain };
}

/** Keeps the exported digest in the workbook's metadata; a host that cannot is no reason to fail the export. */
async function rememberDigest(adapter: WorkbookAdapter, pkg: ReturnType<typeof packageFromPass>) {
  try {
    await adapter.writeMeta({
      templates: pkg.templates,
      unit: pkg.unit.org,
      year: pkg.year,
      lastDigest: pkg.digest,
      ...(pkg.validation ? { validatedAt: pkg.validation.validatedAt } : {}),
    });
  } catch (error) {
    console.warn("[hso task pane] the digest was not kept in the workbook", error);
  }
}

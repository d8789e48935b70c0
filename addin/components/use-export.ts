import { useState } from "preact/hooks";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { WorkbookAdapter, WorkbookSnapshot } from "../adapter/workbook-adapter";
import type { ExportState } from "./export-panel";
import { isNoteOwed } from "./note-owed";
import type { Work } from "./use-work";
import { judge, type PassResult } from "./validation-loop";

/** What export needs from outside the workbook: the clock, a download and the clipboard. */
export interface ExportDeps {
  now: () => Date;
  download: (file: string, text: string) => void;
  copy: (text: string) => Promise<boolean>;
}

type PackageBuilding = typeof import("./package-from-pass");
let building: PackageBuilding | undefined;

/** The package writer (digest, SHA-256, canonical JSON): a chunk loaded at the first export (docs/addin.md). */
async function packageBuilding(): Promise<PackageBuilding> {
  building ??= await import("./package-from-pass");
  return building;
}

/**
 * The digest the figures of a pass would get in a package (validation time is not part of it), once
 * an export has loaded the package writer; before that there is no export answer to compare with.
 */
export function passDigest(snapshot: WorkbookSnapshot, report: PassResult["report"]): string | undefined {
  return building?.passDigest(snapshot, report);
}

/**
 * What the export section shows for the latest pass: an answer about other figures than the ones now
 * in the workbook is old. A package is stale the moment a figure changes (an edit seen, not yet
 * judged, counts), so it is never offered with old figures; a refusal about old figures is dropped.
 */
export function currentExportState(
  state: ExportState,
  pending: boolean,
  digest: string | undefined,
): ExportState {
  if (state.kind === "idle") return state;
  const old = pending || digest !== state.digest;
  if (!old) return state;
  return state.kind === "ready"
    ? { kind: "stale", file: state.file, digest: state.digest }
    : { kind: "idle" };
}

/**
 * Export validates in phase "export" (unexplained changes become errors). Other errors refuse it;
 * unexplained changes send the user to the explanations; a clean pass becomes a package, downloaded,
 * copied and shown as text (Excel on Mac cannot download from an add-in).
 */
export function useExport(adapter: WorkbookAdapter, work: Work, deps: ExportDeps) {
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  const attempt = () =>
    work.run("busyExport", async () => {
      const { packageFileName, packageFromPass, packageText, passDigest } = await packageBuilding();
      const snapshot = await adapter.read();
      const report = judge(snapshot, "export");
      const digest = passDigest(snapshot, report);
      const unexplained = report.issues.filter(
        (issue) => isNoteOwed(issue) && issue.severity === "error",
      ).length;
      const blocking = report.stats.errors - unexplained;
      if (blocking > 0) {
        setState({ kind: "refused", errors: blocking, digest });
        return ["exportRefused", { errors: blocking }] as const;
      }
      if (unexplained > 0) {
        setState({ kind: "explain", count: unexplained, digest });
        return ["exportNeedsExplain", { count: unexplained }] as const;
      }
      const pkg = packageFromPass(snapshot, report, deps.now());
      const file = packageFileName(pkg);
      const text = packageText(pkg);
      deps.download(file, text);
      const copied = await deps.copy(text);
      setState({ kind: "ready", file, text, copied, digest: pkg.digest });
      await rememberDigest(adapter, pkg);
      return ["exported", { file }] as const;
    });
  /** Explanations written from the export's request go straight on to the export. */
  const afterExplained = async () => {
    if (state.kind === "explain") await attempt();
  };
  return { state, attempt, afterExplained };
}

/** Keeps the exported digest in the workbook's metadata; a host that cannot is no reason to fail the export. */
async function rememberDigest(adapter: WorkbookAdapter, pkg: SubmissionPackage) {
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

import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildPackage, packageText } from "../../../shared/package/build-package";
import { parsePackage } from "../../../shared/package/parse-package";
import { ROOT } from "../cli-harness";

/** Text a hostile or careless note could hold: markup, a stylesheet's end, a script link, controls. */
export const HOSTILE_NOTE = `<script>alert(1)</script> </style><img src=x onerror=alert(2)> javascript:alert(3) "q" & \u001b[2J\u202e`;

/** The example packages with Telemark's 2024 note replaced by `HOSTILE_NOTE`. */
export function hostileFolder(make: () => string): string {
  const folder = make();
  cpSync(join(ROOT, "examples/packages"), folder, { recursive: true });
  const file = join(folder, "telemark-2024.hso.json");
  const parsed = parsePackage(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error.code);
  const { digest: _digest, ...rest } = parsed.package;
  writeFileSync(
    file,
    packageText(buildPackage({ ...rest, notes: { "beds.phv_adult_total": HOSTILE_NOTE } })),
  );
  return folder;
}

/**
 * `hostileFolder`, with the board examples beside it (activity, capacity plans, plan status) and
 * Telemark's 2025 comment on 24/7 care for children and its capacity plan's reason for 2029 replaced
 * by `HOSTILE_NOTE`: a report for 2025 shows every section.
 */
export function hostileBoardFolder(make: () => string): string {
  const folder = hostileFolder(make);
  for (const board of ["activity", "capacity-plan", "plan-status"])
    cpSync(join(ROOT, "examples/board", board), join(folder, board), { recursive: true });
  const file = join(folder, "plan-status/telemark-2025.hso.json");
  const parsed = parsePackage(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error.code);
  const { digest: _digest, ...rest } = parsed.package;
  const notes = { ...rest.notes, "plan_status.children_24_7": HOSTILE_NOTE };
  writeFileSync(file, packageText(buildPackage({ ...rest, notes })));
  replaceNote(join(folder, "capacity-plan/telemark-2025.hso.json"), "capacity_plan.phv_adult_2029");
  return folder;
}

/** Rewrites one package with `HOSTILE_NOTE` as the note of `field`, its digest made anew. */
function replaceNote(file: string, field: string): void {
  const parsed = parsePackage(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error.code);
  const { digest: _digest, ...rest } = parsed.package;
  writeFileSync(
    file,
    packageText(buildPackage({ ...rest, notes: { ...rest.notes, [field]: HOSTILE_NOTE } })),
  );
}

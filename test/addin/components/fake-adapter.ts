import {
  identityRefusals,
  isFilled,
  planFill,
  sameValue,
  writesToMake,
} from "../../../addin/adapter/fill-plan";
import type {
  Capabilities,
  FillConflict,
  TemplateMeta,
  WorkbookAdapter,
} from "../../../addin/adapter/workbook-adapter";
import type { SubmissionPackage } from "../../../shared/package/submission-package";
import type { Issue } from "../../../shared/report/issue";
import type { RawValue } from "../../../shared/report/validation-input";
import { detectTemplates, workbookInput } from "../../../shared/report/workbook-input";
import { allFields, TEMPLATES } from "../../../shared/templates/catalogue";
import { noteName, previousName } from "../../../shared/templates/names";

/** Where each defined name sits, as the templates lay it out (`Døgnplasser!C9`). */
const ADDRESSES = new Map(
  allFields().flatMap((field) => {
    const at = (cell: string) => `${field.cell.sheet}!${cell}`;
    return [
      [field.id, at(field.cell.value)],
      ...(field.cell.previous ? [[previousName(field.id), at(field.cell.previous)] as const] : []),
      ...(field.cell.note ? [[noteName(field.id), at(field.cell.note)] as const] : []),
    ] as [string, string][];
  }),
);

/** A workbook as plain data behind the WorkbookAdapter interface, recording every call the pane makes. */
export function fakeAdapter(
  options: {
    names?: Record<string, RawValue>;
    capabilities?: Partial<Capabilities>;
    insertMissing?: (keyof Capabilities)[];
    /** Model hosts before ExcelApi 1.9: a subscription watches only the sheets there when it was made. */
    watchesPerSheet?: boolean;
  } = {},
) {
  const names = new Map<string, RawValue>(Object.entries(options.names ?? {}));
  const calls = {
    reads: 0,
    marks: [] as Issue[][],
    clearMarks: 0,
    selected: [] as string[],
    inserted: [] as { templates: string[]; unit: string; year: number }[],
    notes: [] as Record<string, string>[],
    meta: [] as TemplateMeta[],
    saves: 0,
    undos: 0,
    /** The regional sheets written (their names). */
    regional: [] as string[],
    /** Every call in order, writes and reads alike, to see that each write of the pane is re-validated. */
    log: [] as string[],
  };
  let listener: (() => void) | undefined;
  let watched: Set<string> | undefined;
  const sheetOfName = (name: string) => ADDRESSES.get(name)?.split("!")[0];
  let undo: Map<string, RawValue | undefined> | undefined;
  const adapter: WorkbookAdapter = {
    capabilities: () => ({
      dataValidation: true,
      comments: true,
      notes: true,
      changeSource: true,
      save: true,
      ...options.capabilities,
    }),
    async read() {
      calls.reads += 1;
      calls.log.push("read");
      const templates = detectTemplates(names.keys());
      const read = (name: string) => {
        const address = ADDRESSES.get(name);
        return names.has(name) && address ? { value: names.get(name) ?? null, address } : undefined;
      };
      const { input, cells } = workbookInput(read, templates);
      return { templates, input, cells };
    },
    async writeMarks(issues) {
      calls.marks.push([...issues]);
    },
    async clearMarks() {
      calls.clearMarks += 1;
    },
    async selectCell(address) {
      calls.selected.push(address);
    },
    async insertTemplates(templates, unit, year) {
      calls.log.push("insertTemplates");
      calls.inserted.push({ templates: [...templates], unit, year });
      for (const field of allFields().filter((entry) => templates.includes(entry.template))) {
        names.set(field.id, field.kind === "org" ? unit : field.kind === "year" ? year : null);
        if (field.cell.previous) names.set(previousName(field.id), null);
        if (field.cell.note) names.set(noteName(field.id), null);
      }
      return { sheets: templates.map((id) => TEMPLATES[id].sheet), missing: options.insertMissing ?? [] };
    },
    async fillFromPackage(previous, confirm, year) {
      calls.log.push("fillFromPackage");
      return fill(names, previous, confirm, year, (before) => {
        undo = before;
      });
    },
    async undoFill() {
      calls.log.push("undoFill");
      calls.undos += 1;
      for (const [name, value] of undo ?? []) names.set(name, value ?? null);
    },
    async writeNotes(notes) {
      calls.log.push("writeNotes");
      calls.notes.push({ ...notes });
      for (const [field, text] of Object.entries(notes)) names.set(noteName(field), text);
    },
    async writeMeta(meta) {
      calls.log.push("writeMeta");
      calls.meta.push(meta);
    },
    async save() {
      calls.log.push("save");
      calls.saves += 1;
    },
    async writeRegionalSheet(plan) {
      calls.log.push("writeRegionalSheet");
      calls.regional.push(plan.sheet);
      return { written: plan.sheet };
    },
    onUserChange(handler) {
      listener = handler;
      watched = new Set([...names.keys()].map((name) => sheetOfName(name) ?? ""));
      return () => {
        if (listener === handler) listener = undefined;
      };
    },
  };
  const type = (name: string, value: RawValue) => {
    names.set(name, value);
    if (options.watchesPerSheet && !watched?.has(sheetOfName(name) ?? "")) return;
    listener?.();
  };
  return { adapter, calls, names, type };
}

/** The fill as the real adapter plans it (`planFill`): last year's figures and this year's identity. */
async function fill(
  names: Map<string, RawValue>,
  previous: SubmissionPackage,
  confirm: (conflicts: readonly FillConflict[]) => Promise<boolean>,
  year: number | undefined,
  remember: (before: Map<string, RawValue | undefined>) => void,
) {
  const targets = planFill(previous, detectTemplates(names.keys()), year)
    .filter(({ name }) => names.has(name))
    .map((write) => ({
      ...write,
      cell: ADDRESSES.get(write.name) ?? write.name,
      before: (names.get(write.name) ?? "") as string | number,
    }));
  const refused = identityRefusals(targets);
  if (refused.length > 0) return { written: 0, skipped: [], refused };
  const planned = targets.filter(({ before, incoming }) => !sameValue(before, incoming));
  const conflicts: FillConflict[] = planned
    .filter(({ name }) => isFilled(names.get(name)))
    .map(({ name, incoming }) => ({
      name,
      cell: ADDRESSES.get(name) ?? name,
      current: names.get(name) as string | number,
      incoming,
    }));
  const overwrite = conflicts.length > 0 && (await confirm(conflicts));
  const skipped = overwrite ? [] : conflicts;
  const before = new Map<string, RawValue | undefined>();
  let written = 0;
  for (const { name, incoming } of writesToMake(
    planned,
    (write) => isFilled(names.get(write.name)),
    overwrite,
  )) {
    before.set(name, names.get(name));
    names.set(name, incoming);
    written += 1;
  }
  remember(before);
  return { written, skipped, refused: [] };
}

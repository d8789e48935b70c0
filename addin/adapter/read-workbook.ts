import type { RawValue } from "../../shared/report/validation-input";
import { detectTemplates, type NamedCell, workbookInput } from "../../shared/report/workbook-input";
import { TEMPLATE_IDS, TEMPLATES } from "../../shared/templates/catalogue";
import { noteName, previousName } from "../../shared/templates/names";
import { readableAddress } from "./cell-reference";
import { MARKS_NAME, type MarkEntry, parseMarks } from "./mark-record";
import { META_NAMESPACE, parseMetaXml } from "./meta-part";
import type { WorkbookSnapshot } from "./workbook-adapter";

/** A sheet's protection as read, so writes can lift and restore it within one batch. */
export interface SheetProtection {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
}

/** What a read learns besides the snapshot: what the next batch of marks needs to undo the last. */
export interface MarkState {
  marks: MarkEntry[];
  /** Defined name → its cell now (`Sheet!C7`), to find marked cells again. */
  cells: Record<string, string>;
  marksNameExists: boolean;
  /** `Sheet!C7` → its fill when read (`#RRGGBB`). */
  fills: Record<string, string>;
  protection: Record<string, SheetProtection>;
  /** Ids of comments the add-in wrote (they start with the marker). */
  ownComments: string[];
}

/** The text every note or comment of the add-in starts with, so it is never mistaken for a user's. */
export const MARK_PREFIX = "HSØ";

/** Every defined name a pass may read: each field's name and its `prev.`/`note.` twins. */
export function namesToRead(): string[] {
  return TEMPLATE_IDS.flatMap((id) =>
    TEMPLATES[id].fields.flatMap((field) =>
      field.compared ? [field.id, previousName(field.id), noteName(field.id)] : [field.id],
    ),
  );
}

function rawValue(value: unknown, type: string | undefined): RawValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === undefined) return null;
  return typeof value === "number" || typeof value === "boolean" ? value : String(value);
}

/** The proxies one read queues; their data exists only after the sync. */
interface QueuedRead {
  allNames: Excel.NamedItemCollection;
  ranges: Map<string, Excel.Range>;
  marksName: Excel.NamedItem;
  meta?: OfficeExtension.ClientResult<string | null>;
  sheets: Excel.WorksheetCollection;
  comments?: Excel.CommentCollection;
}

/**
 * Queues everything one validation pass reads, all chained so it costs ONE `sync`: the list of
 * names (to recognise templates), each field's range through its name, the meta part, the marks
 * record, sheet protection and the add-in's own comments. Call the answer after the sync.
 */
export function queueRead(
  context: Excel.RequestContext,
  capabilities: { comments: boolean; xmlParts: boolean },
): () => { snapshot: WorkbookSnapshot; marks: MarkState } {
  const { workbook } = context;
  const ranges = new Map(
    namesToRead().map((name) => {
      const range = workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
      range.load("values, valueTypes, address");
      range.format.fill.load("color");
      return [name, range] as const;
    }),
  );
  const queued: QueuedRead = {
    allNames: workbook.names.load("items/name"),
    ranges,
    marksName: workbook.names.getItemOrNullObject(MARKS_NAME).load("value"),
    sheets: workbook.worksheets.load("items/name, items/protection/protected, items/protection/options"),
    ...(capabilities.xmlParts
      ? {
          meta: workbook.customXmlParts
            .getByNamespace(META_NAMESPACE)
            .getOnlyItemOrNullObject()
            .getXml() as OfficeExtension.ClientResult<string | null>,
        }
      : {}),
    ...(capabilities.comments ? { comments: workbook.comments.load("items/id, items/content") } : {}),
  };
  return () => readResult(queued);
}

/** Turns the synced proxies into plain data: the snapshot to validate and the marks state. */
function readResult(queued: QueuedRead): { snapshot: WorkbookSnapshot; marks: MarkState } {
  const fills: Record<string, string> = {};
  const found = (name: string): NamedCell | undefined => {
    const range = queued.ranges.get(name);
    if (!range || range.isNullObject) return undefined;
    const address = readableAddress(range.address);
    fills[address] = range.format.fill.color;
    return { value: rawValue(range.values[0]?.[0], range.valueTypes[0]?.[0]), address };
  };
  const templates = detectTemplates(queued.allNames.items.map((item) => item.name));
  const { input, cells } = workbookInput(found, templates);
  const meta = parseMetaXml(queued.meta?.value);
  const { marksName } = queued;
  const protection = Object.fromEntries(
    queued.sheets.items.map((sheet) => [
      sheet.name,
      { protected: sheet.protection.protected, options: sheet.protection.options },
    ]),
  );
  const marks: MarkState = {
    marks: marksName.isNullObject ? [] : parseMarks(marksName.value),
    cells,
    marksNameExists: !marksName.isNullObject,
    fills,
    protection,
    ownComments: (queued.comments?.items ?? [])
      .filter((item) => item.content.startsWith(MARK_PREFIX))
      .map((item) => item.id),
  };
  return { snapshot: { templates, input, cells, ...(meta ? { meta } : {}) }, marks };
}

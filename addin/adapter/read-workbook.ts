import type { RawValue } from "../../shared/report/validation-input";
import { detectTemplates, type NamedCell, workbookInput } from "../../shared/report/workbook-input";
import { TEMPLATE_IDS, TEMPLATES } from "../../shared/templates/catalogue";
import { namesOfField } from "../../shared/templates/names";
import { printableText } from "../../shared/text/printable-text";
import { readableAddress } from "./cell-reference";
import { MARKS_NAME, type MarkEntry, parseMarks } from "./mark-record";
import { parseMetaXml } from "./meta-part";
import { queueMetaRead } from "./meta-parts";
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
  /** The add-in's own comments (their text starts with the marker), as read. */
  ownComments: OwnComment[];
  /** Ids of the comments users wrote: a mark never replaces or deletes them. */
  userComments: string[];
  /** The texts of the add-in's own notes, on hosts that read notes (ExcelApi 1.18). */
  ownNotes?: string[];
}

/** A comment of the add-in's own. */
export interface OwnComment {
  id: string;
  content: string;
  resolved: boolean;
}

/** What a read needs to know of the host. */
export interface ReadCapabilities {
  comments: boolean;
  notes: boolean;
  xmlParts: boolean;
  /** `Comment.resolved` (ExcelApi 1.12). */
  resolveComments: boolean;
}

/** The text every note or comment of the add-in starts with, so it is never mistaken for a user's. */
export const MARK_PREFIX = "HSØ";

/**
 * Every defined name a pass may read: each field's name and the `prev.`/`note.` twins its cell has
 * (a status's comment too, which is a note on a field not compared as a figure).
 */
export function namesToRead(): string[] {
  return TEMPLATE_IDS.flatMap((id) => TEMPLATES[id].fields.flatMap(namesOfField));
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
  meta?: () => { xml: string | null; ids: string[] };
  sheets: Excel.WorksheetCollection;
  comments?: Excel.CommentCollection;
  notes?: Excel.NoteCollection;
  readsResolved: boolean;
}

/**
 * Queues everything one validation pass reads, all chained so it costs ONE `sync`: the list of
 * names (to recognise templates), each field's range through its name, the meta part, the marks
 * record, sheet protection and the add-in's own comments. Call the answer after the sync.
 */
export function queueRead(context: Excel.RequestContext, capabilities: ReadCapabilities): () => ReadResult {
  const { workbook } = context;
  const ranges = new Map(
    namesToRead().map((name) => {
      const range = workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
      // The number format comes in the same sync: a percent cell (0.065 shown as 6,5 %) is read as 6.5.
      range.load("values, valueTypes, address, numberFormat");
      range.format.fill.load("color");
      return [name, range] as const;
    }),
  );
  const queued: QueuedRead = {
    allNames: workbook.names.load("items/name, items/type, items/formula"),
    ranges,
    marksName: workbook.names.getItemOrNullObject(MARKS_NAME).load("value"),
    sheets: workbook.worksheets.load("items/name, items/protection/protected, items/protection/options"),
    ...(capabilities.xmlParts ? { meta: queueMetaRead(workbook) } : {}),
    ...(capabilities.comments
      ? {
          comments: workbook.comments.load(
            capabilities.resolveComments
              ? "items/id, items/content, items/resolved"
              : "items/id, items/content",
          ),
        }
      : {}),
    ...(capabilities.notes ? { notes: workbook.notes.load("items/content") } : {}),
    readsResolved: capabilities.comments && capabilities.resolveComments,
  };
  return () => readResult(queued);
}

/** What one read gives: the snapshot, the marks state, and the ids of piled-up meta parts (two or more). */
export interface ReadResult {
  snapshot: WorkbookSnapshot;
  marks: MarkState;
  piledMeta: string[];
}

/** Turns the synced proxies into plain data: the snapshot to validate and the marks state. */
function readResult(queued: QueuedRead): ReadResult {
  const fills: Record<string, string> = {};
  const byName = new Map(queued.allNames.items.map((item) => [item.name.toLowerCase(), item]));
  const found = (name: string): NamedCell | undefined => {
    const range = queued.ranges.get(name);
    if (!range || range.isNullObject) return notACell(name, byName.get(name.toLowerCase()));
    const address = readableAddress(range.address);
    fills[address] = range.format.fill.color;
    const numberFormat = range.numberFormat[0]?.[0];
    const cell: NamedCell = {
      value: rawValue(range.values[0]?.[0], range.valueTypes[0]?.[0]),
      address,
      ...(typeof numberFormat === "string" ? { numberFormat } : {}),
    };
    // A name over several cells: which one holds the figure is not certain (the core refuses it).
    if (address.includes(":"))
      cell.problem = { code: "name_several_cells", params: { name, range: address } };
    return cell;
  };
  const templates = detectTemplates(queued.allNames.items.map((item) => item.name));
  const { input, cells } = workbookInput(found, templates);
  const parts = queued.meta?.();
  const meta = parseMetaXml(parts?.xml);
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
    ...annotationsOf(queued),
  };
  const piledMeta = parts && parts.ids.length > 1 ? parts.ids : [];
  return { snapshot: { templates, input, cells, ...(meta ? { meta } : {}) }, marks, piledMeta };
}

/**
 * A field's name that exists but is no cell (a constant, a formula): the core's `name_not_a_cell`,
 * never read as empty. A name whose sheet was deleted (`=#REF!`) is missing, as the CLI has it.
 */
function notACell(name: string, item: Excel.NamedItem | undefined): NamedCell | undefined {
  if (!item || item.type === "Range" || /#REF!/.test(item.formula)) return undefined;
  const kind = item.type === "Error" ? "other" : "constant";
  const refersTo = printableText(item.formula.replace(/^=/, ""));
  return { value: null, address: "", problem: { code: "name_not_a_cell", params: { name, kind, refersTo } } };
}

/** Which comments and notes are the add-in's own: those whose text starts with the marker. */
function annotationsOf(queued: QueuedRead): Pick<MarkState, "ownComments" | "userComments" | "ownNotes"> {
  const comments = queued.comments?.items ?? [];
  const own = comments.filter((item) => item.content.startsWith(MARK_PREFIX));
  return {
    ownComments: own.map((item) => ({
      id: item.id,
      content: item.content,
      resolved: queued.readsResolved ? item.resolved : false,
    })),
    userComments: comments.filter((item) => !own.includes(item)).map((item) => item.id),
    ...(queued.notes
      ? {
          ownNotes: queued.notes.items
            .map((item) => item.content)
            .filter((content) => content.startsWith(MARK_PREFIX)),
        }
      : {}),
  };
}

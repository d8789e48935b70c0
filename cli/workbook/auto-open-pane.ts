import { inflateEntry, zipDirectory } from "../files/xlsx/zip-directory";
import { writeZip, type ZipFile } from "./write-zip";

/** The add-in a workbook asks Excel to open: its manifest `<Id>` and `<Version>`, and where it is deployed. */
export interface PaneAddin {
  id: string;
  version: string;
  /** `EXCatalog` for Microsoft 365 central deployment (docs/addin.md), with the same word as store. */
  storeType: string;
  store: string;
}

const TASKPANES = "xl/webextensions/taskpanes.xml";
const WEBEXTENSION = "xl/webextensions/webextension1.xml";
const REL = "http://schemas.microsoft.com/office/2011/relationships";
const AUTO_SHOW = "Office.AutoShowTaskpaneWithDocument";

const escapeXml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;").replaceAll(">", "&gt;");

function webextensionXml(addin: PaneAddin): string {
  const reference = [`id="${escapeXml(addin.id)}"`, `version="${escapeXml(addin.version)}"`];
  reference.push(`store="${escapeXml(addin.store)}"`, `storeType="${escapeXml(addin.storeType)}"`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{${escapeXml(addin.id.toUpperCase())}}"><we:reference ${reference.join(" ")}/><we:alternateReferences/><we:properties><we:property name="${AUTO_SHOW}" value="true"/></we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`;
}

// visibility="0": the pane is opened by the AutoShow property, not kept docked in the file.
const TASKPANES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`;

const TASKPANES_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/webextension" Target="webextension1.xml"/></Relationships>`;

function withContentTypes(xml: string): string {
  const overrides =
    `<Override PartName="/${TASKPANES}" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>` +
    `<Override PartName="/${WEBEXTENSION}" ContentType="application/vnd.ms-office.webextension+xml"/>`;
  return xml.replace("</Types>", `${overrides}</Types>`);
}

function withRootRelationship(xml: string): string {
  const relationship = `<Relationship Id="rIdHsoTaskpanes" Type="${REL}/webextensiontaskpanes" Target="${TASKPANES}"/>`;
  return xml.replace("</Relationships>", `${relationship}</Relationships>`);
}

/**
 * The workbook with the part that opens the add-in's task pane when the file is opened: Microsoft's
 * "Automatically open a task pane with a document", done in the file as its Open XML section says (a
 * webextension part whose property Office.AutoShowTaskpaneWithDocument is true, a taskpanes part
 * referring to it, their content types, a package relationship). The manifest's ShowTaskpane action has
 * that TaskpaneId. Without the add-in deployed, Excel opens the file as ever.
 * https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document
 */
export function withAutoOpenPane(xlsx: Buffer, addin: PaneAddin): Buffer {
  const entries = zipDirectory(xlsx);
  if (entries.has(TASKPANES)) return xlsx;
  // Folder entries (`xl/`) name no part; an Open XML package does not need them.
  const parts = [...entries.entries()].filter(([name]) => !name.endsWith("/"));
  const files: ZipFile[] = parts.map(([name, entry]) => {
    const data = inflateEntry(xlsx, entry);
    if (name === "[Content_Types].xml")
      return { name, data: Buffer.from(withContentTypes(data.toString("utf8"))) };
    if (name === "_rels/.rels")
      return { name, data: Buffer.from(withRootRelationship(data.toString("utf8"))) };
    return { name, data };
  });
  files.push(
    { name: TASKPANES, data: Buffer.from(TASKPANES_XML) },
    { name: "xl/webextensions/_rels/taskpanes.xml.rels", data: Buffer.from(TASKPANES_RELS) },
    { name: WEBEXTENSION, data: Buffer.from(webextensionXml(addin)) },
  );
  return writeZip(files);
}

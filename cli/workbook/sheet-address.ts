/** A sheet name as a formula reference needs it: always quoted, inner quotes doubled (Excel's rule). */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replaceAll("'", "''")}'`;
}

/** `Sheet!C7` for messages: the sheet unquoted, the cell without `$`, as a user reads it. */
export function readableAddress(reference: string): string {
  const bang = reference.lastIndexOf("!");
  const sheet = reference
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replaceAll("''", "'");
  return `${sheet}!${reference.slice(bang + 1).replaceAll("$", "")}`;
}

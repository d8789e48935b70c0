/** `Sheet!C7` as a user reads it: sheet unquoted, no `$`. */
export function readableAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return address.replaceAll("$", "");
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replaceAll("''", "'");
  return `${sheet}!${address.slice(bang + 1).replaceAll("$", "")}`;
}

/** Splits `Sheet!C7` into the sheet and the cell. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const readable = readableAddress(address);
  const bang = readable.lastIndexOf("!");
  return { sheet: readable.slice(0, bang), cell: readable.slice(bang + 1) };
}

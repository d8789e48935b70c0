import { inflateRawSync } from "node:zlib";
import { CliFailure } from "../../cli-failure";

/** One file inside a zip, as its central directory describes it (APPNOTE.TXT §4.3.12). */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** ZIP64 marks a size it did not fit in 32 bits: a part that large is never one we read. */
const ZIP64_MARK = 0xffffffff;

/**
 * The zip's table of contents, read from its central directory without inflating anything, so the
 * sizes a file claims are known before a byte of it is unpacked (a zip bomb is refused, not run).
 */
export function zipDirectory(bytes: Buffer): Map<string, ZipEntry> {
  const end = findEndOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      throw new CliFailure({ code: "notWorkbook" });
    }
    const nameLength = bytes.readUInt16LE(offset + 28);
    const skip = nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    const name = bytes.toString("utf8", offset + 46, offset + 46 + nameLength);
    entries.set(name.replace(/^\//, ""), {
      name,
      method: bytes.readUInt16LE(offset + 10),
      encrypted: (bytes.readUInt16LE(offset + 8) & 1) === 1,
      compressedSize: bytes.readUInt32LE(offset + 20),
      uncompressedSize: bytes.readUInt32LE(offset + 24),
      localOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + skip;
  }
  return entries;
}

function findEndOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const last = Math.max(0, bytes.length - 22 - 65_535);
  for (let offset = bytes.length - 22; offset >= last; offset -= 1) {
    if (bytes.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  throw new CliFailure({ code: "notWorkbook" });
}

/** Whether the entry claims a size no part we read can have (or hides it behind ZIP64). */
export function isOversized(entry: ZipEntry, limit: number): boolean {
  return entry.uncompressedSize === ZIP64_MARK || entry.uncompressedSize > limit;
}

/**
 * Unpacks one entry, never to more than it claimed: a zip whose data inflates beyond its directory's
 * size is lying about itself and is refused, so memory stays bounded by the sizes already checked.
 */
export function inflateEntry(bytes: Buffer, entry: ZipEntry, prefixOnly = false): Buffer {
  const data = entryData(bytes, entry);
  if (entry.method === 0) return prefixOnly ? data.subarray(0, 4096) : data;
  if (entry.method !== 8) throw new CliFailure({ code: "notWorkbook" });
  try {
    if (prefixOnly) {
      // A sheet's <dimension> sits in its first bytes; 1 KB inflates to at most ~1 MB.
      return inflateRawSync(data.subarray(0, 1024), {
        finishFlush: 2, // Z_SYNC_FLUSH: give what the truncated input holds, no "unexpected end"
        maxOutputLength: 2 * 1024 * 1024,
      });
    }
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    if (inflated.length !== entry.uncompressedSize) throw new Error("size differs from directory");
    return inflated;
  } catch {
    throw new CliFailure({ code: "corruptWorkbook", params: { part: entry.name } });
  }
}

function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) {
    throw new CliFailure({ code: "corruptWorkbook", params: { part: entry.name } });
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) {
    throw new CliFailure({ code: "corruptWorkbook", params: { part: entry.name } });
  }
  return bytes.subarray(start, start + entry.compressedSize);
}

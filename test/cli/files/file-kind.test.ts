import { describe, expect, it } from "vitest";
import { CliFailure } from "../../../cli/cli-failure";
import { isTemporaryName, isWanted } from "../../../cli/files/collect-files";
import { fileKind } from "../../../cli/files/file-kind";

const bytes = (text: string) => new TextEncoder().encode(text);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);

function failureCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof CliFailure ? error.failure.code : "not a CliFailure";
  }
  return undefined;
}

describe("fileKind", () => {
  it("goes by content first: a zip is a workbook, `{` a package, whatever the name", () => {
    expect(fileKind("a.xlsx", ZIP)).toBe("workbook");
    expect(fileKind("renamed.bin", ZIP)).toBe("workbook");
    expect(fileKind("a.hso.json", bytes('{"format":1}'))).toBe("package");
    expect(fileKind("noext", bytes('\uFEFF  {"x":1}'))).toBe("package");
    expect(fileKind("broken.json", bytes("not json"))).toBe("package");
  });

  it("refuses empty files, non-zip .xlsx and unknown files as data, not crashes", () => {
    expect(failureCode(() => fileKind("a.xlsx", new Uint8Array()))).toBe("emptyFile");
    expect(failureCode(() => fileKind("a.xlsx", bytes("hello")))).toBe("notWorkbook");
    expect(failureCode(() => fileKind("notes.txt", bytes("hello")))).toBe("notSupported");
  });
});

describe("folder walks", () => {
  it("skip editors' lock and temp files", () => {
    for (const name of ["~$beds.xlsx", ".~lock.beds.xlsx#", "beds.xlsx.tmp", ".hidden.xlsx", "x.swp"]) {
      expect(isTemporaryName(name), name).toBe(true);
    }
    expect(isTemporaryName("beds.xlsx")).toBe(false);
  });

  it("take workbooks and packages only, as asked", () => {
    expect(isWanted("Beds.XLSX", { workbooks: true, packages: false })).toBe(true);
    expect(isWanted("a.hso.json", { workbooks: true, packages: false })).toBe(false);
    expect(isWanted("a.hso.json", { workbooks: false, packages: true })).toBe(true);
    expect(isWanted("a.json", { workbooks: true, packages: true })).toBe(false);
  });
});

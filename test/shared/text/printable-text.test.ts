import { describe, expect, it } from "vitest";
import { hasUnprintable, printableText } from "../../../shared/text/printable-text";

describe("printableText", () => {
  it("keeps ordinary Norwegian text as it is", () => {
    expect(printableText("Sørlandet sykehus HF – «ÅÆØ» 258,5")).toBe("Sørlandet sykehus HF – «ÅÆØ» 258,5");
    expect(hasUnprintable("Sørlandet sykehus HF")).toBe(false);
  });

  it("replaces ANSI escapes, so a name cannot clear the terminal or write the clipboard", () => {
    const hostile = "Akershus\u001b[2J\u001b]52;c;ZXZpbA==\u0007";
    const shown = printableText(hostile);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the escapes themselves.
    expect(shown).not.toMatch(/[\u001b\u0007]/);
    expect(shown.startsWith("Akershus\ufffd")).toBe(true);
    expect(hasUnprintable(hostile)).toBe(true);
  });

  it("replaces bidi overrides and isolates", () => {
    expect(printableText("Telemark\u202eFH")).toBe("Telemark\ufffdFH");
    expect(printableText("a\u2066b\u2069c\u200fd")).toBe("a\ufffdb\ufffdc\ufffdd");
  });

  it("joins lines unless asked to keep them", () => {
    expect(printableText("første\r\nandre\u2028tredje")).toBe("første andre tredje");
    expect(printableText("første\r\nandre", { keepLines: true })).toBe("første\nandre");
    expect(printableText("a\tb")).toBe("a b");
  });

  it("replaces C1 controls and DEL", () => {
    expect(printableText("x\u009by\u007fz")).toBe("x\ufffdy\ufffdz");
  });
});

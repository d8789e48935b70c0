import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "../../extension/zod";

afterEach(() => {
  vi.restoreAllMocks();
  z.config({ jitless: true });
});

describe("extension/zod.ts", () => {
  it("turns zod's JIT off: schemas parse and nothing is compiled", () => {
    expect(z.config().jitless).toBe(true);
    const compile = vi.spyOn(globalThis, "Function");
    const schema = z.object({ a: z.number(), b: z.object({ c: z.string() }) });
    expect(schema.safeParse({ a: 1, b: { c: "x" } }).success).toBe(true);
    expect(schema.safeParse({ a: "1", b: {} }).success).toBe(false);
    expect(compile).not.toHaveBeenCalled();
  });

  it("without it, zod compiles an object parser with the Function constructor (what the CSP forbids)", () => {
    z.config({ jitless: false });
    const compile = vi.spyOn(globalThis, "Function");
    expect(z.object({ a: z.number() }).safeParse({ a: 1 }).success).toBe(true);
    expect(compile).toHaveBeenCalled();
  });
});

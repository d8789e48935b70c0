import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { handleMessage, isOwnPage } from "../../../extension/background/handle-message";
import type { Handlers } from "../../../extension/background/handlers";
import { WorkerError } from "../../../extension/background/worker-error";
import { createFakeBrowser, fakeHolder, OWN_PAGE } from "./fake-browser";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

afterEach(() => vi.restoreAllMocks());

beforeEach(() => {
  fakeHolder.current = createFakeBrowser();
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

describe("handleMessage", () => {
  it.each([
    ["not an object", "fill the form"],
    ["an unknown type", { type: "delete-everything" }],
    ["a missing member", { type: "fill-tab", org: "983975267", mode: "fill" }],
    ["an extra member", { type: "list-packages", extra: 1 }],
    ["a bad org. no.", { type: "remove-package", org: "98397526", year: 2024 }],
    ["a year out of range", { type: "remove-package", org: "983975267", year: 1999 }],
    [
      "a bad profile",
      { type: "save-profile", profile: { name: "x", urlPattern: "https://a/*", fields: { Bad: {} } } },
    ],
  ])("drops %s with invalid_message and runs no handler", async (_name, message) => {
    const handler = vi.fn();
    const handlers = { "list-packages": handler } as unknown as Handlers;
    const answer = await handleMessage(message, OWN_PAGE, handlers);
    expect(answer).toMatchObject({ ok: false, error: { code: "invalid_message" } });
    expect(handler).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledOnce();
  });

  it("answers a parsed request with { ok: true, response }", async () => {
    const handlers = { "list-packages": async () => ({ packages: [] }) } as unknown as Handlers;
    expect(await handleMessage({ type: "list-packages" }, OWN_PAGE, handlers)).toEqual({
      ok: true,
      response: { packages: [] },
    });
  });

  it("turns a WorkerError into its code and an unexpected failure into internal, logged once", async () => {
    const handlers = {
      "list-packages": async () => {
        throw new WorkerError("package_missing", "983975267 2024");
      },
      "get-settings": async () => {
        throw new TypeError("boom");
      },
    } as unknown as Handlers;
    expect(await handleMessage({ type: "list-packages" }, OWN_PAGE, handlers)).toEqual({
      ok: false,
      error: { code: "package_missing", detail: "983975267 2024" },
    });
    expect(await handleMessage({ type: "get-settings" }, OWN_PAGE, handlers)).toEqual({
      ok: false,
      error: { code: "internal", detail: "boom" },
    });
    expect(console.error).toHaveBeenCalledOnce();
  });
});

describe("isOwnPage", () => {
  const base = "chrome-extension://hso-test/";
  it("accepts the extension's pages and refuses content scripts and other extensions", () => {
    expect(isOwnPage(OWN_PAGE, "hso-test", base)).toBe(true);
    expect(isOwnPage({ id: "hso-test", url: "https://intranett.example.no/" }, "hso-test", base)).toBe(false);
    expect(isOwnPage({ id: "other", url: "chrome-extension://other/popup.html" }, "hso-test", base)).toBe(
      false,
    );
    expect(isOwnPage({ id: "hso-test" }, "hso-test", base)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { matchesPattern, originPattern, parseMatchPattern } from "../../../extension/profile/match-pattern";

describe("matchesPattern", () => {
  it.each([
    [
      "https://intranett.helse-sorost.no/skjema/*",
      "https://intranett.helse-sorost.no/skjema/dognplasser?id=3",
      true,
    ],
    ["https://intranett.helse-sorost.no/skjema/*", "https://intranett.helse-sorost.no/annet/", false],
    ["https://intranett.helse-sorost.no/skjema/*", "http://intranett.helse-sorost.no/skjema/1", false],
    ["*://*.helse-sorost.no/*", "http://portal.helse-sorost.no/a", true],
    ["*://*.helse-sorost.no/*", "https://helse-sorost.no/", true],
    ["*://*.helse-sorost.no/*", "https://evil-helse-sorost.no/", false],
    ["http://127.0.0.1/*", "http://127.0.0.1:41234/form.html", true],
    ["http://127.0.0.1:8080/*", "http://127.0.0.1:41234/form.html", false],
    ["https://*/*", "file:///etc/passwd", false],
    ["<all_urls>", "https://a.no/", false],
    ["not a pattern", "https://a.no/", false],
    ["https://a.no/x.y", "https://a.no/xzy", false],
  ])("%s against %s → %s", (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });
});

describe("originPattern", () => {
  it("gives the origin to ask host access for, or nothing for a bad pattern", () => {
    expect(originPattern("https://intranett.helse-sorost.no/skjema/*")).toBe(
      "https://intranett.helse-sorost.no/*",
    );
    expect(originPattern("*://*.helse-sorost.no/a")).toBe("*://*.helse-sorost.no/*");
    expect(originPattern("ftp://a/")).toBeUndefined();
    expect(parseMatchPattern("https://")).toBeUndefined();
  });
});

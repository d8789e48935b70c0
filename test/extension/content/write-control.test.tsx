import { describe, expect, it, vi } from "vitest";
import { selectValue, setChecked, typeInto } from "../../../extension/content/write-control";
import { input, page } from "./figures";

describe("typing, ticking and choosing", () => {
  it("uses the prototype's value setter, not an instance setter a framework installed", () => {
    page(`<input id="a">`);
    const element = input("a");
    // React's value tracker defines `value` on the instance; a write through it hides the change.
    const tracked = vi.fn();
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value");
    Object.defineProperty(element, "value", {
      configurable: true,
      get: () => native?.get?.call(element),
      set: (text: string) => {
        tracked(text);
        native?.set?.call(element, text);
      },
    });
    const events: string[] = [];
    for (const type of ["input", "change", "blur", "keydown", "keyup", "keypress"])
      element.addEventListener(type, () => events.push(type));
    typeInto(element, "12,5");
    expect(tracked).not.toHaveBeenCalled();
    expect(element.value).toBe("12,5");
    // Typed as a phone's keyboard types: a key down and up around the value, no keypress (B15).
    expect(events).toEqual(["keydown", "input", "keyup", "change", "blur"]);
  });

  it("clicks a checkbox only when its state must change", () => {
    page(`<input id="c" type="checkbox">`);
    const clicks = vi.fn();
    input("c").addEventListener("click", clicks);
    setChecked(input("c"), true);
    setChecked(input("c"), true);
    expect(input("c").checked).toBe(true);
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it("selects an option of a select", () => {
    page(`<select id="s"><option value="a">A</option><option value="b">B</option></select>`);
    const select = document.getElementById("s") as HTMLSelectElement;
    const changed = vi.fn();
    select.addEventListener("change", changed);
    selectValue(select, "b");
    expect(select.value).toBe("b");
    expect(changed).toHaveBeenCalledTimes(1);
  });
});

import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import type { FunctionComponent } from "preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LazySection } from "../../../addin/components/lazy-section";
import { sayIn } from "../../../addin/components/say";

afterEach(cleanup);

type Loaded = FunctionComponent<{ text: string }>;

/** A load the test answers itself, as a chunk arriving (or not) over the network. */
function deferredLoad() {
  const calls: { resolve: (panel: Loaded) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<Loaded>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

const Panel: Loaded = ({ text }) => <p>{text}</p>;

function renderSection(load: () => Promise<Loaded>) {
  render(
    <LazySection
      say={sayIn("nb")}
      id="t"
      heading="Overskrift"
      opener="Åpne"
      load={load}
      props={{ text: "Innhold" }}
    />,
  );
  return {
    section: screen.getByRole("region", { name: "Overskrift" }),
    opener: screen.getByRole("button", { name: "Åpne" }),
  };
}

describe("a section whose code is fetched when it is opened", () => {
  it("fetches nothing until opened, says Laster … and is aria-busy while fetching, then shows the panel", async () => {
    const { load, calls } = deferredLoad();
    const { section, opener } = renderSection(load);
    expect(calls).toHaveLength(0);
    expect(opener.getAttribute("aria-expanded")).toBe("false");
    expect(opener.getAttribute("aria-controls")).toBe("t-body");
    fireEvent.click(opener);
    expect(await screen.findByText("Laster …")).toBeTruthy();
    expect(section.getAttribute("aria-busy")).toBe("true");
    fireEvent.click(opener); // a second press while fetching fetches nothing more
    expect(calls).toHaveLength(1);
    calls[0]?.resolve(Panel);
    expect(await screen.findByText("Innhold")).toBeTruthy();
    expect(screen.queryByText("Laster …")).toBeNull();
    expect(section.getAttribute("aria-busy")).toBe("false");
    expect(opener.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(opener);
    expect(screen.getByText("Innhold").closest("[hidden]")).not.toBeNull();
    fireEvent.click(opener);
    expect(screen.getByText("Innhold").closest("[hidden]")).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it("says a chunk that cannot be fetched in Norwegian and English, and fetches again when pressed again", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { load, calls } = deferredLoad();
    const { section, opener } = renderSection(load);
    fireEvent.click(opener);
    calls[0]?.reject(new TypeError("Failed to fetch dynamically imported module"));
    const alert = await screen.findByRole("alert");
    expect(alert.querySelector('[lang="nb"]')?.textContent).toMatch(
      /^Denne delen av ruten kunne ikke lastes ned\./,
    );
    expect(alert.querySelector('[lang="en"]')?.textContent).toMatch(
      /^This part of the pane could not be downloaded\./,
    );
    expect(alert.textContent).not.toMatch(/dynamically/);
    expect(section.getAttribute("aria-busy")).toBe("false");
    expect(opener.getAttribute("aria-expanded")).toBe("false");
    expect(logged).toHaveBeenCalledOnce();
    fireEvent.click(opener);
    expect(calls).toHaveLength(2);
    calls[1]?.resolve(Panel);
    expect(await screen.findByText("Innhold")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    logged.mockRestore();
  });

  it("keeps a render error of the loaded panel inside the section, in the pane's words", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const Broken: Loaded = () => {
      throw new Error("kaputt");
    };
    const { opener } = renderSection(async () => Broken);
    fireEvent.click(opener);
    // Norwegian first, and English too where its words are loaded (the dom tests load them).
    expect((await screen.findByRole("alert")).textContent).toMatch(/^Noe gikk galt: kaputt/);
    expect(screen.getByRole("button", { name: "Åpne" })).toBeTruthy();
    logged.mockRestore();
  });
});

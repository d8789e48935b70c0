/** An element of a parsed XML document. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * A strict little XML reader for the manifest test: balanced tags, quoted attributes, no stray `&`
 * or `<`, one root. It throws with the offset of the first fault; enough to call a file well-formed.
 */
export function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, "").replace(/<!--[\s\S]*?-->/g, "");
  const stack: XmlElement[] = [{ name: "#document", attributes: {}, children: [], text: "" }];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>/y;
  let at = 0;
  while (at < body.length) {
    const next = body.indexOf("<", at);
    const text = body.slice(at, next < 0 ? body.length : next);
    if (ENTITY.test(text) || text.includes(">")) throw new Error(`bad text at ${at}: ${text.slice(0, 40)}`);
    (stack.at(-1) as XmlElement).text += text.trim();
    if (next < 0) break;
    tag.lastIndex = next;
    const match = tag.exec(body);
    if (!match) throw new Error(`bad tag at ${next}: ${body.slice(next, next + 60)}`);
    const [whole, closing, name = "", rawAttributes = "", selfClosing] = match;
    at = next + whole.length;
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}> at ${next}`);
      continue;
    }
    const element: XmlElement = { name, attributes: attributesOf(rawAttributes), children: [], text: "" };
    (stack.at(-1) as XmlElement).children.push(element);
    if (!selfClosing) stack.push(element);
  }
  const [document] = stack;
  if (stack.length !== 1 || document?.children.length !== 1)
    throw new Error("unclosed elements or several roots");
  return document.children[0] as XmlElement;
}

function attributesOf(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name = "", value = ""] of raw.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
    if (ENTITY.test(value)) throw new Error(`bad attribute ${name}="${value}"`);
    if (name in attributes) throw new Error(`attribute ${name} twice`);
    attributes[name] = value;
  }
  return attributes;
}

/** Every element below (and including) `root`, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** The first element with this name (namespace prefix included), or undefined. */
export function find(root: XmlElement, name: string): XmlElement | undefined {
  return allElements(root).find((element) => element.name === name);
}

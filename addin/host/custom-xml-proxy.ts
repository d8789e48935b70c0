import { requireApi } from "./api-sets";
import { ClientObject, type ClientResult } from "./client-object";
import { CollectionObject } from "./collection-object";
import { ModelError } from "./model-error";
import type { Mirror } from "./office-types";
import type { ModelContext } from "./request-context";
import type { XmlPartState } from "./workbook-state";

/** The namespace of a part's root element (`xmlns="…"` or `xmlns:p="…"` on the first element). */
export function rootNamespace(xml: string): string {
  const root = /<([\w.-]+:)?[\w.-]+(\s[^>]*)?>/.exec(xml.replace(/<\?xml[^>]*\?>/, ""));
  const prefix = root?.[1]?.slice(0, -1);
  const attribute = prefix ? `xmlns:${prefix}` : "xmlns";
  const match = new RegExp(`${attribute}="([^"]*)"`).exec(root?.[2] ?? "");
  return match?.[1] ?? "";
}

/** `Excel.CustomXmlPart` (ExcelApi 1.5). */
export class CustomXmlPartProxy
  extends ClientObject<XmlPartState>
  implements Mirror<Excel.CustomXmlPart, "id" | "namespaceUri" | "getXml" | "setXml" | "delete">
{
  constructor(
    context: ModelContext,
    locate: () => XmlPartState | undefined,
    options: { nullable?: boolean; known?: boolean } = {},
  ) {
    super(context, locate, { ...options, label: "CustomXmlPart" });
  }
  get id(): string {
    return this.get("id");
  }
  get namespaceUri(): string {
    return this.get("namespaceUri");
  }
  /** The part's XML after the sync; null on a null object. */
  getXml(): ClientResult<string | null> {
    return this.result((part) => part.xml);
  }
  setXml(xml: string): void {
    this.command((part) => {
      part.xml = xml;
      part.namespaceUri = rootNamespace(xml);
    });
  }
  delete(): void {
    this.command((part) => {
      const { state } = this.context.host;
      state.parts = state.parts.filter((other) => other !== part);
    });
  }
  protected snapshot(part: XmlPartState) {
    return { id: part.id, namespaceUri: part.namespaceUri };
  }
  protected defaultLoad() {
    return ["id", "namespaceUri"];
  }
}

/** The parts of one namespace (`getByNamespace`). */
export class CustomXmlPartScopedCollectionProxy
  extends CollectionObject<XmlPartState, CustomXmlPartProxy>
  implements
    Mirror<Excel.CustomXmlPartScopedCollection, "getItem" | "getItemOrNullObject" | "getOnlyItemOrNullObject">
{
  constructor(
    context: ModelContext,
    private readonly namespaceUri: string,
  ) {
    super(context, "CustomXmlPartScopedCollection");
  }
  getItem(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => this.targets().find((part) => part.id === id));
  }
  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => this.targets().find((part) => part.id === id), {
      nullable: true,
    });
  }
  /** The one part of the namespace; a null object when there are none or several, as Excel does. */
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(
      this.context,
      () => {
        const parts = this.targets();
        return parts.length === 1 ? parts[0] : undefined;
      },
      { nullable: true },
    );
  }
  protected targets(): XmlPartState[] {
    return this.context.host.state.parts.filter((part) => part.namespaceUri === this.namespaceUri);
  }
  protected itemProxy(part: XmlPartState): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => part, { known: true });
  }
}

/** `Excel.CustomXmlPartCollection`: the workbook's custom XML parts. */
export class CustomXmlPartCollectionProxy
  extends CollectionObject<XmlPartState, CustomXmlPartProxy>
  implements
    Mirror<Excel.CustomXmlPartCollection, "add" | "getByNamespace" | "getItem" | "getItemOrNullObject">
{
  constructor(context: ModelContext) {
    super(context, "CustomXmlPartCollection");
    requireApi(context.host.api, "1.5", "customXmlParts");
  }
  /** Adds a part; its namespace is read from the root element. */
  add(xml: string): CustomXmlPartProxy {
    let added: XmlPartState | undefined;
    this.context.enqueue(() => {
      const { state } = this.context.host;
      if (!/^\s*(<\?xml[^>]*\?>)?\s*<[\w.:-]+/.test(xml)) {
        throw new ModelError("InvalidArgument", "The XML is not well formed.", "customXmlParts.add");
      }
      this.context.host.recordWrite("CustomXmlPartCollection.add");
      state.nextId += 1;
      added = { id: `{part-${state.nextId}}`, namespaceUri: rootNamespace(xml), xml };
      state.parts.push(added);
    });
    return new CustomXmlPartProxy(this.context, () => added, { known: true });
  }
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    return new CustomXmlPartScopedCollectionProxy(this.context, namespaceUri);
  }
  getItem(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => this.targets().find((part) => part.id === id));
  }
  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => this.targets().find((part) => part.id === id), {
      nullable: true,
    });
  }
  protected targets(): XmlPartState[] {
    return this.context.host.state.parts;
  }
  protected itemProxy(part: XmlPartState): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => part, { known: true });
  }
}

/**
 * The error codes of `OfficeExtension.Error` this model raises, with Excel's own names so code
 * written against the model handles real Excel the same way.
 */
export type ModelErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException";

/** An error shaped like `OfficeExtension.Error`: a code, a message and where it happened. */
export class ModelError extends Error {
  readonly code: ModelErrorCode;
  readonly debugInfo: { code: ModelErrorCode; message: string; errorLocation?: string };

  constructor(code: ModelErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** The error Office.js throws when a property is read before `load()` and `sync()`. */
export function propertyNotLoaded(owner: string, property: string): ModelError {
  return new ModelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${property}`,
  );
}

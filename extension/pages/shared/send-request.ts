import browser from "webextension-polyfill";
import type { Request, RequestType, ResultOf } from "../../messages";

/** Sends one request to the service worker; components get this as a prop, so tests can answer instead. */
export type Send = <T extends RequestType>(request: Extract<Request, { type: T }>) => Promise<ResultOf<T>>;

/** The real `Send`: a failure to reach the worker is an answer too (`internal`), never a thrown error. */
export const sendRequest: Send = async (request) => {
  try {
    return await browser.runtime.sendMessage(request);
  } catch (error) {
    console.error("hso: the service worker did not answer", error);
    return {
      ok: false,
      error: { code: "internal", detail: error instanceof Error ? error.message : String(error) },
    };
  }
};

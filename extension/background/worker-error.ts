import type { WorkerErrorCode } from "../messages";

/** A refusal a handler throws on purpose; the message handler turns it into `{ ok: false, error }`. */
export class WorkerError extends Error {
  readonly code: WorkerErrorCode;

  constructor(code: WorkerErrorCode, detail?: string) {
    super(detail ?? code);
    this.name = "WorkerError";
    this.code = code;
  }
}

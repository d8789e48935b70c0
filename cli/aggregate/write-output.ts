import { writeFile } from "node:fs/promises";
import { CliFailure } from "../cli-failure";

/**
 * Writes the table or the report to `--out`; a folder that does not exist or may not be written
 * becomes one clear refusal (exit 2) naming the file, not an unexpected error.
 */
export async function writeOutput(out: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(out, data);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliFailure({ code: "notWritten", params: { file: out, detail } });
  }
}

import { CliFailure } from "../cli-failure";
import { isSameFile } from "../files/same-file";

/**
 * Refuses an `--out` that is one of the inputs, by path, through a symbolic link or as a hard link
 * (the same file by device and inode): writing the table or the report there would lose a package.
 */
export async function refuseOutAmongInputs(out: string, files: readonly string[]): Promise<void> {
  for (const file of files) {
    if (await isSameFile(out, file)) throw new CliFailure({ code: "outIsInput", params: { file: out } });
  }
}

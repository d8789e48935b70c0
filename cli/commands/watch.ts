import type { CliContext } from "../cli-context";

/** placeholder */
export async function watchCommand(_args: string[], _context: CliContext): Promise<number> {
  return 2;
}

import type { CliContext } from "../cli-context";

/** placeholder */
export async function aggregateCommand(_args: string[], _context: CliContext): Promise<number> {
  return 2;
}

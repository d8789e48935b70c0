import { run } from "./run";

/** The `hso-report` entry point: runs the command line against the real process. */
export async function main(): Promise<void> {
  const io = {
    out: (text: string) => process.stdout.write(`${text}\n`),
    err: (text: string) => process.stderr.write(`${text}\n`),
    errIsTty: process.stderr.isTTY === true,
    // Carriage return and erase-line redraw the counter in place on a terminal.
    status: (text: string) => process.stderr.write(`\r\u001b[K${text}`),
  };
  process.exitCode = await run(process.argv.slice(2), io);
}

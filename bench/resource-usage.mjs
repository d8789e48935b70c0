// Preloaded with `node --import` by bench/cli.measure.ts: the child reports its own CPU time and
// peak memory on exit, so a figure is the command's alone, not the machine's other load.
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nRESOURCE ${usage.userCPUTime + usage.systemCPUTime} ${usage.maxRSS}\n`);
});

// Loaded with --import: reports the process's peak RSS when it exits, for the codegen benchmark.
process.on('exit', () => process.stderr.write(`\n@@maxrss_kb=${process.resourceUsage().maxRSS}\n`))

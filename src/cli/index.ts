#!/usr/bin/env node
/**
 * The `az-news` command: `az-news parse` and `az-news detect` over text files, folders, JSON Lines, WARC/WET
 * files and standard input. See `az-news --help` and docs/cli.md.
 *
 * @module
 */
import { runCli } from './run.js';

/**
 * Runs the command line of this process and exits with its code once standard output and error are flushed.
 *
 * @returns nothing; the process exits
 * @example
 * ```ts
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  let code: number;
  try {
    code = await runCli(process.argv.slice(2), process);
  } catch (e) {
    process.stderr.write(`az-news: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    code = 2;
  }
  // Exit without waiting for reads that can no longer matter (standard input after an early stop), but only
  // once what was written has been handed to the system.
  const flushed = (stream: NodeJS.WriteStream) =>
    new Promise<void>((resolve) => {
      if (stream.destroyed || !stream.writable) resolve();
      else stream.write('', () => resolve());
    });
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

// A reader that goes away (`az-news parse … | head`) is not an error: Output handles EPIPE, and this keeps
// Node from reporting it again.
process.stdout.on('error', () => {});

await main();

import {run} from './run.js'

// The entry of `dist/cli.js`: wire the process to `run`, which does the work.
// `run` lives in its own module so that tests can import it without running this.

process.stdout.on('error', function (error: NodeJS.ErrnoException) {
  // A reader that stops early (`wirecopy … | head`) is not a failure.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr
})

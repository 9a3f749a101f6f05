// Child processes for the host runner: commands whose output is kept (and shown only
// when they fail), and long-running servers in their own process group, stopped by
// their id when the check is over.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A command that exited non-zero; `output` is everything it printed. */
export class CommandError extends Error {
  constructor(label, cwd, code, output) {
    super(`\`${label}\` failed in ${cwd} (${code})`);
    this.output = output;
  }
}

/** Runs a command to completion; resolves with its stdout + stderr, rejects with a CommandError. */
export function run(command, args, { cwd, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new CommandError(`${command} ${args.join(' ')}`, cwd, signal ?? `exit ${code}`, output));
    });
  });
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server process in its own process group and waits until `readyUrl` answers.
 * `stop()` ends that group (SIGTERM, then SIGKILL after 5 s); `output()` is what it printed.
 */
export async function startServer(command, args, { cwd, env, readyUrl, timeoutMs = 60_000 }) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  let exited = false;
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const closed = new Promise((resolve) => child.on('close', () => resolve((exited = true))));
  const stop = async () => {
    if (exited) return;
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // the group is gone already
      }
    };
    kill('SIGTERM');
    const timer = setTimeout(() => kill('SIGKILL'), 5_000);
    await closed;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new CommandError(`${command} ${args.join(' ')}`, cwd, 'exited before it was ready', output);
    try {
      await fetch(readyUrl, { signal: AbortSignal.timeout(2_000) });
      return { stop, output: () => output };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new CommandError(`${command} ${args.join(' ')}`, cwd, `not ready after ${timeoutMs / 1000} s`, output);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Fails when a build printed a warning: for a quiet tool (Vite at logLevel "warn") any
 * line besides npm's own (the `> script` header, `npm warn` about npm's config); for
 * Next.js its `⚠` lines.
 */
export function assertNoBuildWarnings(label, output, isWarning = (line) => !line.startsWith('>') && !line.startsWith('npm warn')) {
  const warnings = output.split('\n').map((line) => line.trim()).filter((line) => line && isWarning(line));
  if (warnings.length > 0) throw new Error(`${label} printed ${warnings.length} warning line(s):\n  ${warnings.join('\n  ')}`);
}

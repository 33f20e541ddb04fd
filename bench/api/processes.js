// Child servers for the API benchmark: start one, learn its URL from stderr, stop it with SIGTERM; and the
// placement of the load generator and the servers on separate CPUs.
import { execFileSync, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const LISTENING = /listening on (http:\/\/\S+?)[\s,]/;

/** True when `taskset` (util-linux) can pin processes and there are at least two CPUs to separate them on. */
function canPin() {
  if (availableParallelism() < 2) return false;
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the load generator and the servers run. Left to the scheduler on 2 cores, the servers and autocannon
 * sometimes share a core and sometimes move between them: the same server then needed 60 or 110 µs of CPU per
 * request from one round to the next. Pinned (this process on CPU 0, every server on CPU 1), rounds agree within
 * a few per cent. `null` when pinning is not possible; everything then runs where the scheduler puts it.
 */
export const PINNING = canPin() ? { generator: '0', servers: '1' } : null;

/** Moves every thread of this process (autocannon runs here) onto the load generator's CPU. */
export function pinLoadGenerator() {
  if (PINNING !== null) execFileSync('taskset', ['-a', '-p', '-c', PINNING.generator, String(process.pid)], { stdio: 'ignore' });
}

/** Starts `command args` (on the servers' CPU when pinning) and resolves with the child and the URL it printed ("listening on http://…"). */
export function startChild(command, args, env) {
  return new Promise((resolve, reject) => {
    const [file, argv] = PINNING === null ? [command, args] : ['taskset', ['-c', PINNING.servers, command, ...args]];
    const child = spawn(file, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const onData = (chunk) => {
      stderr += chunk.toString();
      const match = LISTENING.exec(stderr);
      if (match === null) return;
      child.stderr.off('data', onData);
      child.stderr.resume();
      resolve({ child, url: match[1] });
    };
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before listening:\n${stderr}`)));
    child.once('error', reject);
  });
}

/** Sends SIGTERM and waits for the child to exit. */
export function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

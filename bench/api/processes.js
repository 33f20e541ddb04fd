// Child servers for the API benchmark: start one, learn its URL from stderr, stop it with SIGTERM.
import { spawn } from 'node:child_process';

const LISTENING = /listening on (http:\/\/\S+?)[\s,]/;

/** Starts `command args` and resolves with the child and the URL it printed ("listening on http://…"). */
export function startChild(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
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

/** `debrief serve` as a child process (the built CLI in dist/): start it, learn its URL, stop or kill it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { repoRoot } from './cli-harness.js';

const bin = resolve(repoRoot, 'bin/debrief.js');

/** A running `debrief serve`. */
export interface ServeProcess {
  child: ChildProcess;
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited: Promise<number | null>;
}

/** Starts `debrief serve --port 0 …args` and resolves once it prints the address it listens on. */
export function startServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DEBRIEF_LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return new Promise((resolveStart, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /listening on (http:\/\/[^\s,]+)/.exec(stderr)?.[1];
      if (url !== undefined) resolveStart({ child, url, stderr: () => stderr, exited });
    });
    void exited.then((code) => reject(new Error(`debrief serve exited (${code}) before listening:\n${stderr}`)));
  });
}

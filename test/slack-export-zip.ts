/**
 * A Slack workspace export zipped as Slack gives it (users.json, channels.json, a folder per channel of day files),
 * from the corpus's files: a day of #random (in channels.json) and a day of #incident (not in it) with an alert and a
 * message without a ts, and a file that is not part of an export. For the upload tests of the API and the web app.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR } from './corpus.js';

/** The zip's bytes (made with the zip command, as a person would). */
export function slackExportZip(): Buffer {
  const root = mkdtempSync(join(tmpdir(), 'debrief-upload-'));
  try {
    mkdirSync(join(root, 'export', 'random'), { recursive: true });
    mkdirSync(join(root, 'export', 'incident'), { recursive: true });
    for (const [from, to] of [['slack-export__users.json', 'users.json'], ['slack-export__channels.json', 'channels.json'], ['slack-export__random__2018-01-20.json', 'random/2018-01-20.json']] as const) copyFileSync(join(CORPUS_DIR, 'payloads', from), join(root, 'export', to));
    writeFileSync(join(root, 'export', 'incident', '2018-01-20.json'), JSON.stringify([{ type: 'message', subtype: 'bot_message', username: 'Alertmanager', text: '[FIRING:1] HighErrorRate checkout', ts: '1516460400.000100' }, { type: 'message', user: 'U6006P1CN', text: 'no time' }]));
    writeFileSync(join(root, 'export', 'incident', 'notes.txt'), 'not an export file');
    execFileSync('zip', ['-qr', join(root, 'export.zip'), '.'], { cwd: join(root, 'export') });
    return readFileSync(join(root, 'export.zip'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

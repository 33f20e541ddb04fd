import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { loadConfigFor } from './config.js';

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'debrief-config-'));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return root;
}

async function failure(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('loadConfigFor', () => {
  it('finds the nearest config upward from the file', async () => {
    const root = await tree({
      '.debriefrc.yaml': 'rules:\n  action-items/ticket: off\n',
      'team/a/debrief.config.json': JSON.stringify({ maxActionItems: 3, teamNames: ['Payments'] }),
      'team/a/deep/pm.md': '# x',
      'other/pm.md': '# y',
    });
    expect(await loadConfigFor(path.join(root, 'team/a/deep/pm.md'))).toEqual({ maxActionItems: 3, teamNames: ['Payments'] });
    expect(await loadConfigFor(path.join(root, 'other/pm.md'))).toEqual({ rules: { 'action-items/ticket': 'off' } });
  });

  it('prefers .debriefrc.yaml over the other names in one directory', async () => {
    const root = await tree({ '.debriefrc.yaml': 'maxActionItems: 4\n', '.debriefrc.json': '{"maxActionItems": 5}', 'debrief.config.json': '{"maxActionItems": 6}' });
    expect(await loadConfigFor(path.join(root, 'pm.md'))).toEqual({ maxActionItems: 4 });
  });

  it('reads .debriefrc.yml and .debriefrc.json', async () => {
    const yml = await tree({ '.debriefrc.yml': 'blameWords: [botched]\n' });
    expect(await loadConfigFor(path.join(yml, 'pm.md'))).toEqual({ blameWords: ['botched'] });
    const json = await tree({ '.debriefrc.json': '{"rules": {"rca/depth": "error"}}' });
    expect(await loadConfigFor(path.join(json, 'pm.md'))).toEqual({ rules: { 'rca/depth': 'error' } });
  });

  it('uses the explicit --config file instead of searching', async () => {
    const root = await tree({ '.debriefrc.yaml': 'maxActionItems: 4\n', 'ci/lint.yaml': 'maxActionItems: 9\n' });
    expect(await loadConfigFor(path.join(root, 'pm.md'), path.join(root, 'ci/lint.yaml'))).toEqual({ maxActionItems: 9 });
  });

  it('treats an empty config file as no settings', async () => {
    const root = await tree({ '.debriefrc.yaml': '' });
    expect(await loadConfigFor(path.join(root, 'pm.md'))).toEqual({});
  });

  it('names the file and the field of a bad value', async () => {
    const root = await tree({ '.debriefrc.yaml': 'rules:\n  action-items/owner: loud\n' });
    const error = await failure(loadConfigFor(path.join(root, 'pm.md')));
    expect(error.message).toMatch(/\.debriefrc\.yaml: rules\["action-items\/owner"\]: expected off\|warn\|error$/);
  });

  it('rejects unknown keys and wrong types', async () => {
    const root = await tree({ 'a/.debriefrc.json': '{"maxActions": 3}', 'b/.debriefrc.json': '{"maxActionItems": "seven"}', 'c/.debriefrc.json': '{"blameWords": ["ok", 3]}' });
    expect((await failure(loadConfigFor(path.join(root, 'a/pm.md')))).message).toMatch(/\.debriefrc\.json: unknown key "maxActions"/);
    expect((await failure(loadConfigFor(path.join(root, 'b/pm.md')))).message).toMatch(/\.debriefrc\.json: maxActionItems: expected a whole number/);
    expect((await failure(loadConfigFor(path.join(root, 'c/pm.md')))).message).toMatch(/\.debriefrc\.json: blameWords\[1\]: expected a string/);
  });

  it('rejects unknown rule ids and lists the known ones', async () => {
    const root = await tree({ '.debriefrc.yaml': 'rules:\n  blameless/no-blame: error\n' });
    const message = (await failure(loadConfigFor(path.join(root, 'pm.md')))).message;
    expect(message).toContain('unknown rule id "blameless/no-blame"');
    expect(message).toContain('blameless/no-blame-language');
    expect(message).toContain('action-items/max-count');
  });

  it('reports unreadable syntax and a missing explicit file as InputError', async () => {
    const root = await tree({ 'a/.debriefrc.json': '{"rules": ', 'b/.debriefrc.yaml': 'rules: [unclosed\n' });
    expect((await failure(loadConfigFor(path.join(root, 'a/pm.md')))).message).toMatch(/\.debriefrc\.json: cannot be read as JSON/);
    expect((await failure(loadConfigFor(path.join(root, 'b/pm.md')))).message).toMatch(/\.debriefrc\.yaml:2: cannot be read as YAML: unexpected end/);
    expect((await failure(loadConfigFor(path.join(root, 'pm.md'), path.join(root, 'missing.yaml')))).message).toMatch(/missing\.yaml: cannot read the config file \(ENOENT\)/);
  });
});

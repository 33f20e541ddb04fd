import { expect, it } from 'vitest';
import { runCli } from '../../../test/cli-harness.js';
import { TEST_SOURCE } from '../../../test/server-harness.js';
import { forEachEngine, storeFlags, withTestStore } from '../../../test/store-engines.js';

forEachEngine((engine) => {
  it('sets SLOs for admins, lists them, refuses bad targets and windows naming the option, and removes them', async () => {
    const options = engine.freshOptions();
    await withTestStore(options, async (store) => {
      await store.createUser({ email: 'ada@example.com', role: 'admin', password: 'long enough pass' }, TEST_SOURCE);
      await store.createUser({ email: 'ed@example.com', role: 'editor', password: 'long enough pass' }, TEST_SOURCE);
    });
    const cli = (...args: string[]) => runCli([...args, ...storeFlags(options)]);
    const set = await cli('slo', 'set', 'checkout-api', '--target', '99.9%', '--window', '4w', '--as', 'ada@example.com');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toBe('checkout-api\t99.9%\t28d\n');
    expect((await cli('slo', 'set', 'search', '--target', '99.5', '--as', 'ada@example.com')).stdout).toBe('search\t99.5%\t30d\n');
    expect((await cli('slo', 'list')).stdout).toBe('checkout-api\t99.9%\t28d\nsearch\t99.5%\t30d\n');
    expect(JSON.parse((await cli('slo', 'list', '--format', 'json')).stdout)).toEqual([
      expect.objectContaining({ service: 'checkout-api', targetPercent: 99.9, windowDays: 28 }),
      expect.objectContaining({ service: 'search', targetPercent: 99.5, windowDays: 30 }),
    ]);
    const editor = await cli('slo', 'set', 'search', '--target', '99', '--as', 'ed@example.com');
    expect(editor.code).toBe(2);
    expect(editor.stderr).toMatch(/only admins may change SLOs/);
    const full = await cli('slo', 'set', 'search', '--target', '100', '--as', 'ada@example.com');
    expect(full.code).toBe(2);
    expect(full.stderr).toMatch(/targetPercent: must be below 100/);
    const window = await cli('slo', 'set', 'search', '--target', '99', '--window', 'monthly', '--as', 'ada@example.com');
    expect(window.stderr).toMatch(/--window: "monthly" is not a window; write days such as 30d/);
    expect((await cli('slo', 'remove', 'search', '--as', 'ada@example.com')).stdout).toBe('removed the SLO of search\n');
    expect((await cli('slo', 'remove', 'search', '--as', 'ada@example.com')).stderr).toMatch(/no SLO for service "search"/);
    expect((await cli('slo', 'list')).stdout).toBe('checkout-api\t99.9%\t28d\n');
  });
});

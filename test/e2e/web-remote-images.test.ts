/** A remote image in a postmortem is never loaded (it would tell its author who read it): it is shown as a link. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, signedInPage, useE2e } from './harness.js';

const e2e = useE2e();
/** A server on loopback standing in for the author's: it counts what the reader's browser asks of it. */
let tracker: Server;
const requests: string[] = [];

beforeAll(async () => {
  tracker = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'image/png' }).end();
  });
  await new Promise<void>((resolve) => tracker.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => tracker.close(resolve));
});

describe('a remote image in a postmortem', () => {
  it('is not fetched by the reader, and shows as a link to its address that opens in a new tab', async () => {
    const address = `http://127.0.0.1:${(tracker.address() as AddressInfo).port}/pixel.png`;
    const created = await e2e.api<{ id: string }>('/postmortems', {
      method: 'POST',
      body: JSON.stringify({ title: 'Tracked reader', summary: `The dashboards showed it.\n\n![diagram](${address})` }),
    });
    expect(created.status).toBe(201);

    const { context, page } = await signedInPage(e2e.browser, e2e.server.url);
    try {
      await page.goto(`${e2e.server.url}/postmortems/${created.body.id}`);
      const link = page.getByRole('link', { name: `Image: diagram (127.0.0.1:${new URL(address).port})` });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(address);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toContain('noopener noreferrer');
      expect(await page.locator(`img[src="${address}"]`).count()).toBe(0);
      // Time for a lazy image to have been asked for, had there been one.
      await page.mouse.wheel(0, 2_000);
      await page.waitForTimeout(500);
      await screenshot(page, 'remote-image-as-link');
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

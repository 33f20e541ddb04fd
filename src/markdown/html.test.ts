import { describe, expect, it } from 'vitest';
import { emptyPostmortem, newActionItem } from '../core/postmortem.js';
import type { Postmortem } from '../core/postmortem.schema.js';
import { expectSafeHtml } from '../../test/html-safety.js';
import { renderHtmlPage } from './html.js';

function hostile(): Postmortem {
  const pm = emptyPostmortem();
  pm.title = '<script>alert("t")</script>Outage';
  pm.severity = 'SEV2';
  pm.author = '<img src=x onerror=alert(1)>';
  pm.summary = [
    'Hello <script>alert(1)</script> <img src="x" onerror="alert(2)"> [x](javascript:alert(3))',
    '<a href="JaVaScRiPt:alert(4)">mixed</a> <a href="&#106;avascript:alert(5)">entity</a>',
    '',
    '<svg onload="alert(6)"><circle r="1"/></svg>',
    '',
    '<iframe src="https://evil.example/"></iframe>',
    '',
    '<p style="color:red" onclick="alert(7)">styled</p>',
    '',
    '![pic](javascript:alert(8)) <img src="data:image/png;base64,AAAA"> [proto](//evil.example/x) ![clear](http://tracker.example/p.png)',
  ].join('\n');
  pm.actionItems = [{ ...newActionItem('<b onmouseover="alert(9)">Fix</b> [link](https://example.com/a)'), owner: 'Dana' }];
  return pm;
}

describe('renderHtmlPage', () => {
  it('is a standalone HTML5 page with inline CSS, a print stylesheet and the title', () => {
    const pm = emptyPostmortem();
    pm.title = 'Checkout errors & retries';
    const html = renderHtmlPage(pm);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Checkout errors &amp; retries</title>');
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
    expect(html).toContain('<h1>Checkout errors &amp; retries</h1>');
    expect(html).not.toMatch(/<link|<script/);
  });

  it('shows metadata in the header and the body without front matter or a second title', () => {
    const pm = emptyPostmortem();
    pm.title = 'DB outage';
    pm.severity = 'SEV1';
    pm.status = 'in_review';
    pm.services = ['db', 'api'];
    pm.times.startedAt = '2024-03-01T14:05:00Z';
    pm.times.resolvedAt = '2024-03-01T15:50:00Z';
    pm.summary = 'The **database** failed.';
    pm.timeline = [{ at: '2024-03-01T14:05:00Z', written: '2024-03-01 14:05', approximate: false, text: 'Deploy', actor: null, kind: 'change', source: null }];
    const html = renderHtmlPage(pm);
    expect(html).toContain('<dt>Severity</dt><dd>SEV1</dd>');
    expect(html).toContain('<dt>Status</dt><dd>in review</dd>');
    expect(html).toContain('<dt>Services</dt><dd>db, api</dd>');
    expect(html).toContain('<dt>Started</dt><dd><time datetime="2024-03-01T14:05:00Z">2024-03-01 14:05 UTC</time></dd>');
    expect(html).toContain('<dt>Duration</dt><dd>1 h 45 min</dd>');
    expect(html).toContain('<p>The <strong>database</strong> failed.</p>');
    expect(html).toContain('<table>');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).not.toContain('severity: SEV1');
  });

  it('keeps table alignment as a class, not a style attribute', () => {
    const pm = emptyPostmortem();
    pm.otherSections = [{ heading: 'Numbers', body: '| a | b |\n| :-: | --: |\n| 1 | 2 |' }];
    const html = renderHtmlPage(pm);
    expect(html).toContain('<th class="align-center">a</th>');
    expect(html).toContain('<td class="align-right">2</td>');
  });

  it('removes scripts, event handlers, dangerous URLs, svg, iframes and style attributes', () => {
    const html = renderHtmlPage(hostile());
    expectSafeHtml(html);
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;Outage</title>');
    expect(html).toContain('<a href="https://example.com/a">link</a>');
    expect(html).toContain('styled');
  });

  it('keeps ordinary links, mailto links and https images', () => {
    const pm = emptyPostmortem();
    pm.summary = '[mail](mailto:oncall@example.com) [web](https://example.com/runbook) ![graph](https://example.com/g.png "Errors")';
    const html = renderHtmlPage(pm);
    expect(html).toContain('<a href="mailto:oncall@example.com">mail</a>');
    expect(html).toContain('<a href="https://example.com/runbook">web</a>');
    expect(html).toContain('<img src="https://example.com/g.png" alt="graph" title="Errors" />');
  });

  it('loads no image over plain http: the sanitizer drops the address and the page policy allows https only', () => {
    const pm = emptyPostmortem();
    pm.summary = '![clear](http://tracker.example/p.png) [a link is fine](http://example.com/)';
    const html = renderHtmlPage(pm);
    expect(html).toContain('<img alt="clear" />');
    expect(html).not.toContain('tracker.example');
    expect(html).toContain('<a href="http://example.com/">a link is fine</a>');
    expect(html).toContain(`content="default-src 'none'; img-src https:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`);
  });
});

import { describe, expect, it } from 'vitest';
import { serverPerFile } from '../../../test/server-harness.js';
import { forEachEngine } from '../../../test/store-engines.js';

forEachEngine((engine) => {
  describe('the review meeting kit', () => {
    const server = serverPerFile(engine);

    it('sizes the agenda by severity, suggests who to invite and why, and gives an .ics invitation', async () => {
      const created = await server().call('editor', 'POST', '/api/v1/postmortems', {
        json: {
          title: 'Checkout 502s',
          severity: 'SEV1',
          commander: 'kai@example.com',
          teams: ['Payments'],
          timeline: [{ at: '2026-03-02T09:10:00Z', written: '09:10', approximate: false, text: 'Deploy of checkout-api 4.2.0', actor: 'lee@example.com', kind: 'change', source: null }],
          actionItems: [{ id: 'AI-1', title: 'Fail the deploy when the pool size is unset', owner: 'dana@example.com', due: '2026-04-01', priority: 'P1' }],
        },
      });
      const id = created.json().id as string;
      const kit = await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/meeting-kit`);
      expect(kit.statusCode, kit.body).toBe(200);
      expect(kit.json()).toMatchObject({ size: 'major', durationMinutes: 90, late: expect.any(Boolean) });
      expect(kit.json().agenda.reduce((n: number, a: { minutes: number }) => n + a.minutes, 0)).toBe(90);
      expect(kit.json().invitees.map((i: { who: string }) => i.who)).toEqual(['kai@example.com', 'lee@example.com', 'dana@example.com', 'Payments']);

      const ics = await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/meeting.ics?start=2026-03-04T14:00:00Z`);
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(ics.headers['content-disposition']).toBe(`attachment; filename="review-${id}.ics"`);
      const text = ics.body.replace(/\r\n[ \t]/g, '');
      expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(text).toContain('METHOD:REQUEST');
      expect(text).toContain('DTSTART:20260304T140000Z');
      expect(text).toContain('DTEND:20260304T153000Z');
      expect(text).toContain('SUMMARY:Postmortem review: Checkout 502s');
      expect(text).toMatch(/ATTENDEE;[^\r\n]*:MAILTO:dana@example\.com/);
      expect((await server().call('viewer', 'GET', `/api/v1/postmortems/${id}/meeting.ics?start=tomorrow`)).statusCode).toBe(422);
      expect((await server().call('viewer', 'GET', '/api/v1/postmortems/pm-none/meeting-kit')).statusCode).toBe(404);
    });
  });
});

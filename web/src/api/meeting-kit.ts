/** The review meeting kit of a postmortem over HTTP, and the address of its invitation. */
import { sendJson } from './http.js';
import type { MeetingKit } from './types.js';

/** The address of a postmortem's kit (or a path beside it). */
function pathOf(id: string, rest: string): string {
  return `/api/v1/postmortems/${encodeURIComponent(id)}/${rest}`;
}

/** The kit: agenda sized by severity, who to invite and why, a proposed time that keeps the meeting deadline. */
export function getMeetingKit(id: string, signal?: AbortSignal): Promise<MeetingKit> {
  return sendJson(pathOf(id, 'meeting-kit'), signal === undefined ? {} : { signal });
}

/** Where the invitation (.ics) for the proposed slot downloads from. */
export function meetingInvitationPath(id: string): string {
  return pathOf(id, 'meeting.ics');
}

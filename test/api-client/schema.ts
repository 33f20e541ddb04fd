// Generated from /api/v1/openapi.json by openapi-typescript (npm run api:client). Do not edit.
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password: starts a cookie session (403 local_passwords_off when admins turned passwords off) */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the cookie session */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password: needs the current one; ends your other sessions */
        post: operations["changeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How people sign in here: local passwords, the identity provider, or both */
        get: operations["getSignInMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start signing in with the identity provider: sets the sign-in’s cookie and answers where to send the browser (404 oidc_not_configured, 502 provider_unreachable) */
        post: operations["startProviderSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How people may sign in (admins) */
        get: operations["getSignInSettings"];
        /** Turn local passwords on or off (admins): off only with an identity provider and an admin who has signed in with it (409 otherwise) */
        put: operations["setSignInSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List, filter and search postmortems, one page at a time */
        get: operations["listPostmortems"];
        put?: never;
        /** Create a postmortem from JSON (missing fields defaulted) or from Markdown in any shape the importer reads */
        post: operations["createPostmortem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a postmortem: JSON with its version as ETag, or our Markdown with Accept: text/markdown */
        get: operations["getPostmortem"];
        /** Replace the whole document (what is left out is reset to its default); needs If-Match */
        put: operations["replacePostmortem"];
        post?: never;
        /** Delete a postmortem (admins) */
        delete: operations["deletePostmortem"];
        options?: never;
        head?: never;
        /** Change some fields with a JSON merge patch (application/merge-patch+json or JSON); needs If-Match */
        patch: operations["patchPostmortem"];
        trace?: never;
    };
    "/api/v1/postmortems/{id}/lint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lint findings of the stored postmortem (the CLI’s rules and JSON message shape, default config) */
        get: operations["lintPostmortem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move along draft -> in_review -> final -> published (or in_review -> draft); never to final with lint errors or without the approvals it needs (409 approvals_needed). Final and published are frozen: reopening either to draft needs a reason and the author or an admin */
        post: operations["transitionPostmortem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who approved which version and when, whether each still holds, and how many final needs */
        get: operations["listApprovals"];
        put?: never;
        /** Approve the postmortem as it is now, as the signed-in user: an editor or admin, never its author, while it is in review (again to renew a stale approval) */
        post: operations["approvePostmortem"];
        /** Withdraw the signed-in user’s approval (nothing happens when there is none) */
        delete: operations["withdrawApproval"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The instance’s settings the app shows: where ticket keys link to, how many approvals final needs */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every recorded change, oldest first */
        get: operations["listRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/revisions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision, with the whole postmortem as it was */
        get: operations["getRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The revision that last published the postmortem: what readers see while it is reopened and revised, until it is published again (404 if never published) */
        get: operations["getPublishedRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/revisions/{n}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a revision the current document again (recorded as a new revision); needs If-Match */
        post: operations["restoreRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The postmortems most similar to this one that you may read, best first, each with why (404 if you may not read this one) */
        get: operations["listSimilarPostmortems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a postmortem as our Markdown, a standalone HTML page (sanitised; print it for PDF) or its JSON, as an attachment named after its id */
        get: operations["exportPostmortem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/timeline/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a tool’s events into the timeline (PagerDuty, Opsgenie, Alertmanager, Grafana, Statuspage, Better Stack, Slack, CSV), from an export (JSON, or a zip upload such as a Slack workspace export, up to 50 MB) or fetched live (Slack, PagerDuty): added by time, joined to what other tools gave, nothing twice; preview first, then import with If-Match */
        post: operations["importTimeline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comments, oldest first (replies after what they answer) */
        get: operations["listComments"];
        put?: never;
        /** Add a comment (anyone who may read the postmortem): a new thread, about a section or an action item, or a reply to a thread; @mentions name users */
        post: operations["addComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Resolve a thread, or open it again: whoever started it, an editor or an admin */
        patch: operations["resolveCommentThread"];
        trace?: never;
    };
    "/api/v1/deleted-postmortems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deleted postmortems that can still be restored (30 days), newest first (admins) */
        get: operations["listDeletedPostmortems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deleted-postmortems/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a deleted postmortem back whole: document, members, history, comments, approvals (admins; 409 when its id is taken again) */
        post: operations["restoreDeletedPostmortem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Action items across postmortems, filtered by owner, team, status, priority, overdue; one page at a time (limit, cursor) */
        get: operations["listActionItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/action-items/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set one action item’s status (recorded as a revision; won’t do needs a reason; verified only through …/verify); answers the postmortem */
        patch: operations["setActionItemStatus"];
        trace?: never;
    };
    "/api/v1/postmortems/{id}/action-items/{key}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a done action item: someone other than its owner, with a note or link showing it works (the alert fired in a test); answers the postmortem */
        post: operations["verifyActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/action-items/{key}/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File an action item in its team’s tracker (Jira, Linear, GitHub): one ticket, tried at once and retried until the tracker takes it; an item with a ticket is linked, not filed again
         * @description The tracker is the integration named, else the only tracker integration of one of the postmortem’s teams, else the only one of the instance (422 at integrationId when several could take it, 409 when none is configured). 201 when the ticket was created, 202 when the tracker was down or refused (the error is in ticket.lastError, and the change is retried with backoff, honouring Retry-After), 200 when the item already had a ticket.
         */
        post: operations["fileActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tracker tickets of a postmortem’s action items: key, URL, the tracker’s status, and any change still owed with its last error */
        get: operations["listTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every user (for owner pickers) */
        get: operations["listUsers"];
        put?: never;
        /** Create a user (admins) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user’s role, or disable or enable the account (admins) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{email}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a user’s password (admins); ends all of that user’s sessions */
        put: operations["setUserPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (admins: another user’s with ?email=, everyone’s with ?all=true), newest first */
        get: operations["listTokens"];
        put?: never;
        /** Make an API token (for yourself; admins also for another user) */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token (your own; admins any) */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Security events, newest first (admins) */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents, newest first, with what each owes and where its deadlines stand; a security incident you may not read is listed redacted */
        get: operations["listIncidents"];
        put?: never;
        /** Record an incident: the policy decides what it owes, and an owed postmortem is drafted at once (editors and admins) */
        post: operations["recordIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incident, with what it owes and why, its deadlines, and the alerting tools’ incidents linked to it (404 for a security incident you may not read) */
        get: operations["getIncident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an incident’s facts (decided again by the policy in force) or link its postmortem; needs If-Match with the version read */
        patch: operations["updateIncident"];
        trace?: never;
    };
    "/api/v1/incidents/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of an incident: who, when, what (404 for a security incident you may not read) */
        get: operations["listIncidentRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/waiver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Waive the postmortem an incident owes, with a reason (admins; recorded in its history and the audit log) */
        post: operations["waiveIncident"];
        /** Withdraw a waiver: the postmortem is owed again (and drafted if it has none) */
        delete: operations["withdrawWaiver"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The owed-postmortem policy in force */
        get: operations["getPolicy"];
        /** Set a new version of the policy (admins): refused with the field and line that is wrong, the running policy staying in force */
        put: operations["setPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the policy an admin set, newest first */
        get: operations["listPolicyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The JSON Schema of the policy document */
        get: operations["getPolicySchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Explain what a policy owes for an incident: a recorded one (incidentId; 404 for a security incident you may not read) or facts, under the policy in force or a draft document */
        post: operations["checkPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every team */
        get: operations["listTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One team */
        get: operations["getTeam"];
        /** Create a team or replace it (admins) */
        put: operations["putTeam"];
        post?: never;
        /** Remove a team (admins) */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every service level objective, by service */
        get: operations["listSlos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/slos/{service}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the SLO of a service, replacing its old one (admins) */
        put: operations["putSlo"];
        post?: never;
        /** Remove the SLO of a service (admins) */
        delete: operations["deleteSlo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The action-item completion rate: of the items created in the window (90 days) whose due date has passed, the share closed by their due date; overall, per team, per owner, weekly */
        get: operations["getCompletionRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pattern report of a period (default: the 90 days ending today): incidents by severity, shares by trigger, contributing-factor category and service, repeated failures, time to detect/acknowledge/mitigate/resolve against the previous period, action items. Restricted postmortems you may not read are not counted. */
        get: operations["getPatternReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/meeting-kit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review meeting kit: an agenda sized by severity, who to invite and why, a time that keeps the deadline */
        get: operations["getMeetingKit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/meeting.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review meeting’s invitation as an iCalendar file (at the proposed time, or at `start`) */
        get: operations["getMeetingInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user’s dashboard: what they owe, then postmortems owed and late, overdue items, open P1s, verifications waiting, the completion rate */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The weekly digest for the postmortem sheriff, as channels get it (no restricted postmortem; security incidents’ titles withheld): JSON, or Markdown with format=md */
        get: operations["getDigest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every notification channel, secrets never shown (admins) */
        get: operations["listChannels"];
        put?: never;
        /** Add a channel: e-mail, a Slack incoming webhook, or a signed generic webhook (admins); receivers in private ranges are refused unless allowed */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a channel’s settings, and move it to another scope if `scope` is given (admins); a webhook sent without a secret keeps its own */
        put: operations["updateChannel"];
        post?: never;
        /** Remove a channel: what it had not delivered fails; the log stays (admins) */
        delete: operations["deleteChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log, newest first: every attempt, its outcome, status and error (admins) */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every integration, secrets never shown (admins) */
        get: operations["listIntegrations"];
        put?: never;
        /** Add an integration (admins): its secret is sealed under DEBRIEF_SECRET_KEY (400 when the server has none) and never shown again; an address in its settings (site, apiUrl) must not be link-local, nor private or loopback unless the instance allows private addresses */
        post: operations["createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One integration with its latest deliveries, newest first (admins) */
        get: operations["getIntegration"];
        /** Replace an integration’s name, scope and settings (admins); a secret given replaces the one in force, none keeps it; its kind cannot change */
        put: operations["updateIntegration"];
        post?: never;
        /** Remove an integration and its delivery log; the incidents it made stay (admins) */
        delete: operations["deleteIntegration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test an integration (admins): its secret opens, a sample delivery signed as the vendor signs it verifies (and an unsigned one is refused) and reads as an incident; a tracker or a live-fetch token (slack-api, pagerduty-api): the tool takes the credential; with the hook URL and the last delivery received. Changes nothing. */
        post: operations["testIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hooks/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive an alerting tool’s webhook (creates and updates incidents) or a tracker’s (moves the items filed as its tickets), verified against each integration of its kind
         * @description No session or token: the delivery is verified by the vendor’s scheme over the raw body (PagerDuty X-PagerDuty-Signature; Alertmanager Authorization Bearer or Basic; Opsgenie a custom header; Grafana its HMAC signature header or Authorization; trackers: GitHub X-Hub-Signature-256, Linear Linear-Signature, Jira X-Hub-Signature, with the integration’s webhook secret). A tracker’s delivery moves the action item filed as its ticket (closed: done; reopened: open). 401 when it does not verify (nothing changes), 400 when it verifies but is not JSON, 404 when no such integration is configured; a replay answers 200 and changes nothing. The body is the vendor’s webhook payload as sent. See docs/integrations.md.
         */
        post: operations["receiveHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hooks/{kind}/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive an alerting tool’s or a tracker’s webhook for one integration
         * @description No session or token: the delivery is verified by the vendor’s scheme over the raw body (PagerDuty X-PagerDuty-Signature; Alertmanager Authorization Bearer or Basic; Opsgenie a custom header; Grafana its HMAC signature header or Authorization; trackers: GitHub X-Hub-Signature-256, Linear Linear-Signature, Jira X-Hub-Signature, with the integration’s webhook secret). A tracker’s delivery moves the action item filed as its ticket (closed: done; reopened: open). 401 when it does not verify (nothing changes), 400 when it verifies but is not JSON, 404 when no such integration is configured; a replay answers 200 and changes nothing. The body is the vendor’s webhook payload as sent. See docs/integrations.md.
         */
        post: operations["receiveIntegrationHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/public/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The proposed public version of a published, unrestricted postmortem: its Markdown with names, addresses, hosts, links, tickets, channels and secrets redacted, and each redaction (409 for a restricted or unpublished one) */
        get: operations["proposePublicVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The saved public version (404 when there is none yet), with its ETag */
        get: operations["getPublicVersion"];
        /** Save the reviewed public version (title, Markdown, each redaction accepted, rejected or added, optional slug) as a new version; what is published does not change until published again. 409 for a restricted or unpublished postmortem or a taken slug, 412 on a stale If-Match */
        put: operations["savePublicVersion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/public/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the public version at /public/postmortems/{slug}, after checking that no text a kept redaction replaced, and no e-mail address, IP address or secret, is in it (409 naming what and where otherwise) */
        post: operations["publishPublicVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/public/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the public version down (its page and feed entry go; the text stays to publish again); 409 when it is not published */
        post: operations["unpublishPublicVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postmortems/{id}/public/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every save, publish and unpublish of the public version, oldest first, with the text as it then was */
        get: operations["listPublicRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        PostmortemFieldsInput: {
            id?: string | null;
            title?: string;
            severity?: ("SEV1" | "SEV2" | "SEV3" | "SEV4") | null;
            /** @enum {string} */
            status?: "draft" | "in_review" | "final" | "published";
            /** @enum {string} */
            kind?: "full" | "lightweight" | "near_miss";
            author?: string | null;
            commander?: string | null;
            services?: string[];
            teams?: string[];
            tags?: string[];
            restricted?: boolean;
            times?: {
                startedAt?: string | null;
                detectedAt?: string | null;
                acknowledgedAt?: string | null;
                mitigatedAt?: string | null;
                resolvedAt?: string | null;
            };
            detection?: {
                method?: ("monitoring" | "customer_report" | "internal") | null;
                by?: string | null;
            };
            summary?: string;
            whatHappened?: string;
            impact?: {
                text?: string;
                usersAffected?: string | null;
                errorRate?: string | null;
                failedTransactions?: string | null;
                revenueImpact?: string | null;
                supportTickets?: string | null;
                slaTarget?: string | null;
                slaAchieved?: string | null;
                dataLoss?: string | null;
                securityExposure?: string | null;
            };
            timeline?: {
                at?: string | null;
                written?: string;
                approximate?: boolean;
                text: string;
                actor?: string | null;
                kind?: ("change" | "alert" | "detection" | "escalation" | "acknowledgement" | "investigation" | "decision" | "mitigation" | "resolution" | "communication") | null;
                source?: string | null;
            }[];
            rootCause?: string;
            whys?: string[];
            contributingFactors?: {
                text: string;
                category?: ("process" | "technical" | "cultural" | "environmental") | null;
                actionItems?: string[];
            }[];
            wentWell?: string[];
            wentPoorly?: string[];
            surprises?: string[];
            luckyBreaks?: string[];
            lessons?: string[];
            actionItems?: {
                id?: string | null;
                title: string;
                rationale?: string | null;
                owner?: string | null;
                due?: string | null;
                priority?: ("P1" | "P2" | "P3") | null;
                /** @enum {string} */
                status?: "open" | "in_progress" | "done" | "verified" | "wont_do";
                ticket?: string | null;
                verification?: string | null;
            }[];
            review?: {
                reviewers?: string[];
                meetingAt?: string | null;
                attendees?: string[];
                approvals?: {
                    by: string;
                    at: string | null;
                }[];
            };
            otherSections?: {
                heading: string;
                body: string;
            }[];
            /** @default {} */
            extraFrontMatter?: {
                [key: string]: unknown;
            };
            /** @description E-mail addresses of who may see it when restricted. */
            members?: string[];
            /** @description Read-only: ignored (send the version in If-Match). */
            version?: number;
            /** @description Read-only: ignored. */
            derived?: unknown;
            /** @description Read-only: ignored. */
            createdAt?: string;
            /** @description Read-only: ignored. */
            updatedAt?: string;
        };
        ActionItemRow: {
            postmortemId: string;
            postmortemTitle: string;
            /** @description The item’s id, or its 0-based position when it has none: the {key} of PATCH. */
            key: string;
            index: number;
            item: {
                id: string | null;
                title: string;
                rationale: string | null;
                owner: string | null;
                due: string | null;
                priority: ("P1" | "P2" | "P3") | null;
                /** @enum {string} */
                status: "open" | "in_progress" | "done" | "verified" | "wont_do";
                ticket: string | null;
                verification: string | null;
            };
        };
        Error: {
            error: {
                /** @description Stable, machine-readable: invalid_input, not_found, version_mismatch, lint_errors… */
                code: string;
                message: string;
                /** @description For invalid_input: [{path, message}]; for version_mismatch: {currentVersion}. */
                details?: unknown;
            };
        };
        Slo: {
            service: string;
            /** @description Target in percent of good minutes, e.g. 99.9. */
            targetPercent: number;
            /** @description Rolling window in days, e.g. 30. */
            windowDays: number;
        };
        Impact: {
            /** @description Whole minutes from the start of impact to resolution (else mitigation). */
            impactMinutes: number | null;
            /** @description Percent of requests that failed: impact.errorRate as read, or 100 for an outage the prose describes (see assumptions). */
            errorPercent: number | null;
            /** @description Impact minutes × error percent, to 2 decimals. */
            badMinutes: number | null;
            /** @description impact.slaTarget and impact.slaAchieved as written, not used in the arithmetic. */
            sla: {
                target: string | null;
                achieved: string | null;
            };
            /** @description What each figure came from, by figure name (times, text read, SLO, arithmetic, rounding). */
            inputs: {
                [key: string]: string;
            };
            /** @description What was assumed where the document left it open. */
            assumptions: string[];
            /** @description What to add for the figures left null; empty when nothing is missing. */
            missing: string[];
            /** @description One entry per service the postmortem lists. */
            services: {
                service: string;
                /** @description The SLO of the service; null when it has none. */
                slo: components["schemas"]["Slo"] | null;
                /** @description Window days × 1440. */
                windowMinutes: number | null;
                /** @description Window minutes × (100% − target), to 2 decimals. */
                budgetMinutes: number | null;
                /** @description 100% × (1 − bad minutes / window minutes), rounded down to 4 decimals: the window counting this incident alone. */
                availabilityPercent: number | null;
                /** @description 100% × bad minutes / budget minutes, rounded up to 1 decimal; above 100 when the budget was overspent. */
                budgetConsumedPercent: number | null;
                /** @description What each figure came from, by figure name (times, text read, SLO, arithmetic, rounding). */
                inputs: {
                    [key: string]: string;
                };
                /** @description What to add for the figures left null; empty when nothing is missing. */
                missing: string[];
            }[];
        };
        Postmortem: {
            id: string;
            title: string;
            severity: ("SEV1" | "SEV2" | "SEV3" | "SEV4") | null;
            /** @enum {string} */
            status: "draft" | "in_review" | "final" | "published";
            /** @enum {string} */
            kind: "full" | "lightweight" | "near_miss";
            author: string | null;
            commander: string | null;
            services: string[];
            teams: string[];
            tags: string[];
            restricted: boolean;
            times: {
                startedAt: string | null;
                detectedAt: string | null;
                acknowledgedAt: string | null;
                mitigatedAt: string | null;
                resolvedAt: string | null;
            };
            detection: {
                method: ("monitoring" | "customer_report" | "internal") | null;
                by: string | null;
            };
            summary: string;
            whatHappened: string;
            impact: {
                text: string;
                usersAffected: string | null;
                errorRate: string | null;
                failedTransactions: string | null;
                revenueImpact: string | null;
                supportTickets: string | null;
                slaTarget: string | null;
                slaAchieved: string | null;
                dataLoss: string | null;
                securityExposure: string | null;
            };
            timeline: {
                at: string | null;
                written: string;
                approximate: boolean;
                text: string;
                actor: string | null;
                kind: ("change" | "alert" | "detection" | "escalation" | "acknowledgement" | "investigation" | "decision" | "mitigation" | "resolution" | "communication") | null;
                source: string | null;
            }[];
            rootCause: string;
            whys: string[];
            contributingFactors: {
                text: string;
                category: ("process" | "technical" | "cultural" | "environmental") | null;
                actionItems: string[];
            }[];
            wentWell: string[];
            wentPoorly: string[];
            surprises: string[];
            luckyBreaks: string[];
            lessons: string[];
            actionItems: {
                id: string | null;
                title: string;
                rationale: string | null;
                owner: string | null;
                due: string | null;
                priority: ("P1" | "P2" | "P3") | null;
                /** @enum {string} */
                status: "open" | "in_progress" | "done" | "verified" | "wont_do";
                ticket: string | null;
                verification: string | null;
            }[];
            review: {
                reviewers: string[];
                meetingAt: string | null;
                attendees: string[];
                approvals: {
                    by: string;
                    at: string | null;
                }[];
            };
            otherSections: {
                heading: string;
                body: string;
            }[];
            /** @default {} */
            extraFrontMatter: {
                [key: string]: unknown;
            };
            derived: {
                durationMinutes: number | null;
                timeToDetectMinutes: number | null;
                timeToAcknowledgeMinutes: number | null;
                timeToMitigateMinutes: number | null;
                timeToResolveMinutes: number | null;
                /** @description The key times the document leaves empty, as derived from the timeline: start from the event marking the start of impact ("OUTAGE BEGINS"), else the earliest event; the others from the first event of their kind. Null where `times` gives the value or no event fits. */
                times: {
                    startedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    detectedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    acknowledgedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    mitigatedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    resolvedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                };
                impact: components["schemas"]["Impact"];
            };
            /** @description Starts at 1, one more with every change; the ETag is this number in quotes. */
            version: number;
            /** @description Who may see it when restricted (e-mail addresses). */
            members: string[];
            createdAt: string;
            updatedAt: string;
        };
        PostmortemRow: {
            id: string;
            version: number;
            title: string;
            severity: ("SEV1" | "SEV2" | "SEV3" | "SEV4") | null;
            /** @enum {string} */
            status: "draft" | "in_review" | "final" | "published";
            /** @enum {string} */
            kind: "full" | "lightweight" | "near_miss";
            author: string | null;
            services: string[];
            teams: string[];
            tags: string[];
            restricted: boolean;
            times: {
                startedAt: string | null;
                detectedAt: string | null;
                acknowledgedAt: string | null;
                mitigatedAt: string | null;
                resolvedAt: string | null;
            };
            derived: {
                durationMinutes: number | null;
                timeToDetectMinutes: number | null;
                timeToAcknowledgeMinutes: number | null;
                timeToMitigateMinutes: number | null;
                timeToResolveMinutes: number | null;
                /** @description The key times the document leaves empty, as derived from the timeline: start from the event marking the start of impact ("OUTAGE BEGINS"), else the earliest event; the others from the first event of their kind. Null where `times` gives the value or no event fits. */
                times: {
                    startedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    detectedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    acknowledgedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    mitigatedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    resolvedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                };
            };
            /** @description How many action items it has. */
            actionItems: number;
            /** @description How many of them are not done, verified or won’t do. */
            openActionItems: number;
            updatedAt: string;
        };
        CreatedPostmortem: {
            id: string;
            title: string;
            severity: ("SEV1" | "SEV2" | "SEV3" | "SEV4") | null;
            /** @enum {string} */
            status: "draft" | "in_review" | "final" | "published";
            /** @enum {string} */
            kind: "full" | "lightweight" | "near_miss";
            author: string | null;
            commander: string | null;
            services: string[];
            teams: string[];
            tags: string[];
            restricted: boolean;
            times: {
                startedAt: string | null;
                detectedAt: string | null;
                acknowledgedAt: string | null;
                mitigatedAt: string | null;
                resolvedAt: string | null;
            };
            detection: {
                method: ("monitoring" | "customer_report" | "internal") | null;
                by: string | null;
            };
            summary: string;
            whatHappened: string;
            impact: {
                text: string;
                usersAffected: string | null;
                errorRate: string | null;
                failedTransactions: string | null;
                revenueImpact: string | null;
                supportTickets: string | null;
                slaTarget: string | null;
                slaAchieved: string | null;
                dataLoss: string | null;
                securityExposure: string | null;
            };
            timeline: {
                at: string | null;
                written: string;
                approximate: boolean;
                text: string;
                actor: string | null;
                kind: ("change" | "alert" | "detection" | "escalation" | "acknowledgement" | "investigation" | "decision" | "mitigation" | "resolution" | "communication") | null;
                source: string | null;
            }[];
            rootCause: string;
            whys: string[];
            contributingFactors: {
                text: string;
                category: ("process" | "technical" | "cultural" | "environmental") | null;
                actionItems: string[];
            }[];
            wentWell: string[];
            wentPoorly: string[];
            surprises: string[];
            luckyBreaks: string[];
            lessons: string[];
            actionItems: {
                id: string | null;
                title: string;
                rationale: string | null;
                owner: string | null;
                due: string | null;
                priority: ("P1" | "P2" | "P3") | null;
                /** @enum {string} */
                status: "open" | "in_progress" | "done" | "verified" | "wont_do";
                ticket: string | null;
                verification: string | null;
            }[];
            review: {
                reviewers: string[];
                meetingAt: string | null;
                attendees: string[];
                approvals: {
                    by: string;
                    at: string | null;
                }[];
            };
            otherSections: {
                heading: string;
                body: string;
            }[];
            /** @default {} */
            extraFrontMatter: {
                [key: string]: unknown;
            };
            derived: {
                durationMinutes: number | null;
                timeToDetectMinutes: number | null;
                timeToAcknowledgeMinutes: number | null;
                timeToMitigateMinutes: number | null;
                timeToResolveMinutes: number | null;
                /** @description The key times the document leaves empty, as derived from the timeline: start from the event marking the start of impact ("OUTAGE BEGINS"), else the earliest event; the others from the first event of their kind. Null where `times` gives the value or no event fits. */
                times: {
                    startedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    detectedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    acknowledgedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    mitigatedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                    resolvedAt: {
                        at: string;
                        /** @description The timeline event the time was taken from. */
                        from: {
                            /** @description Position of the event in `timeline`, from 0. */
                            index: number;
                            /** @description The text of that event. */
                            text: string;
                        };
                    } | null;
                };
                impact: components["schemas"]["Impact"];
            };
            /** @description Starts at 1, one more with every change; the ETag is this number in quotes. */
            version: number;
            /** @description Who may see it when restricted (e-mail addresses). */
            members: string[];
            createdAt: string;
            updatedAt: string;
            /** @description Markdown only: what the importer could not read. */
            diagnostics?: {
                ruleId: string;
                message: string;
                line: number;
                column: number;
                endLine: number;
                endColumn: number;
                suggestion?: string;
                /**
                 * @description Read after all: converted (e.g. a time in another zone, stored in UTC) or check (read on an assumption). Absent: not read.
                 * @enum {string}
                 */
                outcome?: "converted" | "check";
            }[];
        };
        TrackerTicket: {
            postmortemId: string;
            /** @description The item’s key: its id, else "title:" and its title in lower case. */
            itemKey: string;
            integrationId: string;
            /** @description OPS-12 (Jira, Linear) or #12 (GitHub); null until the tracker created it. */
            key: string | null;
            url: string | null;
            externalId: string | null;
            /** @description The change still owed to the tracker (retried with backoff), or null. */
            pending: ("create" | "open" | "close") | null;
            attempts: number;
            nextAttemptAt: string | null;
            /** @description Why the last attempt failed (the tracker down, slow, 401, 403, 404, 429…); null after a success. */
            lastError: string | null;
            /** @description The ticket’s status in the tracker as last read. */
            remoteStatus: string | null;
            remoteOpen: boolean | null;
            remoteUpdatedAt: string | null;
            filedBy: string;
            createdAt: string;
            updatedAt: string;
        };
        TicketFiling: {
            /**
             * @description filed: the ticket exists now; pending: owed to the tracker and retried (see ticket.lastError); linked: the item had a ticket already, none was created.
             * @enum {string}
             */
            outcome: "filed" | "pending" | "linked";
            itemKey: string;
            /** @description null for an item whose ticket was written by hand. */
            ticket: components["schemas"]["TrackerTicket"] | null;
            /** @description The item’s ticket as written in the postmortem (a URL or a key), when it had one. */
            written: string | null;
        };
        User: {
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "viewer" | "editor" | "admin";
            createdAt: string;
            /** @description A disabled account cannot sign in and has no sessions or tokens. */
            disabled: boolean;
            disabledAt: string | null;
        };
        Token: {
            id: string;
            name: string;
            /** @description Its user. */
            email: string;
            /** @description The most it may do; null: whatever its user may. */
            role: ("viewer" | "editor" | "admin") | null;
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
        };
        AuditEvent: {
            id: string;
            at: string;
            /** @enum {string} */
            action: "auth.login" | "auth.login_failed" | "auth.login_throttled" | "auth.logout" | "user.created" | "user.role_changed" | "user.disabled" | "user.enabled" | "user.password_changed" | "user.identity_linked" | "token.created" | "token.revoked" | "postmortem.access_changed" | "postmortem.deleted" | "postmortem.restored" | "postmortem.id_taken" | "postmortem.public_saved" | "postmortem.public_published" | "postmortem.public_unpublished" | "policy.changed" | "team.saved" | "team.deleted" | "slo.saved" | "slo.deleted" | "incident.waived" | "incident.waiver_withdrawn" | "channel.saved" | "channel.deleted" | "settings.changed" | "integration.saved" | "integration.deleted";
            /** @enum {string} */
            outcome: "success" | "failure";
            /** @description Who did it (null for a failed sign-in or the command line). */
            actor: {
                userId: string | null;
                email: string | null;
            };
            /** @description What it was done to: an e-mail, a postmortem id. */
            target: string | null;
            ip: string | null;
            /** @enum {string} */
            via: "api" | "cli";
            details: {
                [key: string]: unknown;
            };
        };
        SignInMethods: {
            /** @description False when admins turned local passwords off: POST /auth/login then answers 403 local_passwords_off. */
            localPasswords: boolean;
            /** @description The identity provider, or null when none is configured. */
            provider: {
                /** @description What the sign-in button names, from DEBRIEF_OIDC_LABEL. */
                label: string;
            } | null;
        };
        SignInSettings: {
            localPasswords: boolean;
            /** @description True when DEBRIEF_OIDC_ISSUER is set: local passwords can be turned off only then. */
            providerConfigured: boolean;
            issuer: string | null;
        };
        Approvals: {
            /** @description Current approvals needed to become final (DEBRIEF_REQUIRED_APPROVALS, default 1). */
            required: number;
            /** @description Approvals that still hold: nothing edited and no reopening since. */
            current: number;
            items: {
                by: {
                    userId: string;
                    email: string;
                };
                at: string;
                /** @description The version approved. */
                version: number;
                /** @description Why it no longer holds: edited or reopened since; null while it holds. */
                stale: ("edited" | "reopened") | null;
            }[];
            /** @description Null when the signed-in user may approve it as it is now; else why not (not in review, their own postmortem, a viewer). */
            cannotApprove: string | null;
        };
        HookAnswer: {
            /** @enum {string} */
            outcome: "created" | "updated" | "unchanged" | "ignored" | "replayed";
            /** @description What was done, or why nothing was. */
            detail: string;
            /** @description The incidents created or updated. */
            incidents: string[];
            /** @description What the delivery held that Debrief does not act on, each with why. */
            ignored: string[];
        };
        Incident: {
            title: string;
            /** @default null */
            severity: ("SEV1" | "SEV2" | "SEV3" | "SEV4") | null;
            /** @default null */
            startedAt: string | null;
            /** @default null */
            resolvedAt: string | null;
            /** @default [] */
            services: string[];
            /** @default [] */
            teams: string[];
            /** @default null */
            customerImpactMinutes: number | null;
            /** @default false */
            slaBreached: boolean;
            /** @default false */
            dataLoss: boolean;
            /** @default false */
            securityExposure: boolean;
            /** @default false */
            escalated: boolean;
            /** @default false */
            nearMiss: boolean;
            /** @default false */
            autoResolved: boolean;
            /** @default null */
            failureMode: string | null;
            /** @default manual */
            source: string;
            /** @description INC-<number>. */
            id: string;
            number: number;
            /** @description Starts at 1; every change adds 1. The ETag; send it as If-Match to PATCH. */
            version: number;
            /**
             * @description What the policy owes: a full or lightweight postmortem, or none.
             * @enum {string}
             */
            owed: "full" | "lightweight" | "none";
            /** @description Every reason for `owed`, in words ("customer-visible impact 42 min ≥ 15 min"). */
            reasons: string[];
            /** @description For a repeat: the earlier incidents of the same service and failure mode, oldest first. */
            repeatOf: string[];
            /** @description The version of the policy that decided (0: the defaults). */
            policyVersion: number;
            /** @description The postmortem that answers it. */
            postmortemId: string | null;
            /** @description An admin’s decision that no postmortem is needed, and why. */
            waiver: {
                reason: string;
                by: string;
                at: string;
            } | null;
            /** @description Draft, review meeting, final or published: when each falls and where it stands. Null when nothing is owed or it was waived. */
            deadlines: {
                draftBy: {
                    /** @description When it falls (UTC); null while the incident is not resolved: deadlines count from resolvedAt. */
                    at: string | null;
                    /** @enum {string} */
                    state: "pending" | "met" | "due_soon" | "late";
                };
                meetingBy: {
                    /** @description When it falls (UTC); null while the incident is not resolved: deadlines count from resolvedAt. */
                    at: string | null;
                    /** @enum {string} */
                    state: "pending" | "met" | "due_soon" | "late";
                };
                publishBy: {
                    /** @description When it falls (UTC); null while the incident is not resolved: deadlines count from resolvedAt. */
                    at: string | null;
                    /** @enum {string} */
                    state: "pending" | "met" | "due_soon" | "late";
                };
            } | null;
            /** @description True for a security incident you may not read (only admins, whoever recorded it and readers of its restricted postmortem may): its title is "Restricted incident", and its services, teams, failure mode, reasons, repeatOf, postmortemId and waiver reason are withheld. */
            redacted: boolean;
            createdAt: string;
            createdBy: string;
            updatedAt: string;
        };
        Team: {
            name: string;
            /** @description The lead’s e-mail: escalations go there. */
            lead: string | null;
            members: string[];
            services: string[];
            createdAt: string;
            updatedAt: string;
        };
        Integration: {
            id: string;
            /** @enum {string} */
            kind: "pagerduty" | "alertmanager" | "opsgenie" | "grafana" | "jira" | "linear" | "github" | "slack-api" | "pagerduty-api";
            name: string;
            /** @description instance, or team:<name in lower case> */
            scope: string;
            /** @description The kind’s settings: nothing secret. */
            settings: {
                [key: string]: unknown;
            };
            hasSecret: boolean;
            /** @description The secret’s last 4 characters, to tell which one is in force. */
            secretHint: string | null;
            /** @description A tracker’s: whether a webhook signing secret is set (its webhooks are refused without one). */
            hasWebhookSecret: boolean;
            createdAt: string;
            updatedAt: string;
            createdBy: string;
            /** @description Where the vendor sends its webhook (null for kinds without one). */
            hookUrl: string | null;
        };
        HookDelivery: {
            id: string;
            integrationId: string;
            receivedAt: string;
            /** @enum {string} */
            outcome: "processing" | "created" | "updated" | "unchanged" | "ignored" | "refused" | "replayed" | "failed";
            status: number;
            detail: string;
            incidentId: string | null;
        };
        MeetingKit: {
            /** @enum {string} */
            size: "minor" | "standard" | "major";
            /** @description About 30 minutes for SEV3/SEV4, 60 for SEV2, 90 for SEV1. */
            durationMinutes: number;
            agenda: {
                title: string;
                minutes: number;
                points: string[];
            }[];
            /** @description Commander, author, who made the triggering change, responders, action-item owners, affected teams — each with why. */
            invitees: {
                who: string;
                reasons: string[];
                team: boolean;
            }[];
            /** @description The first working slot (10:00–17:00, Monday to Friday, in the policy’s digest time zone) two hours out or more. */
            proposedStart: string;
            /** @description The meeting deadline (48 hours after resolution by default). */
            meetingBy: string | null;
            /** @description No working slot before the deadline was left. */
            late: boolean;
        };
        CompletionRate: {
            /** @description Items created from here… */
            from: string;
            /** @description …to here (now). */
            to: string;
            /** @description Only verified items count as closed (policy actionItems.requireVerification); else done ones do too. */
            requireVerification: boolean;
            alarmBelow: number;
            overall: {
                /** @description closedOnTime / due; null when nothing was due. */
                rate: number | null;
                closedOnTime: number;
                due: number;
                alarm: boolean;
                /** @description Items declined (won’t do) by their due date: left out. */
                declined: number;
            };
            byTeam: {
                team: string;
                /** @description closedOnTime / due; null when nothing was due. */
                rate: number | null;
                closedOnTime: number;
                due: number;
                alarm: boolean;
            }[];
            byOwner: {
                owner: string;
                /** @description closedOnTime / due; null when nothing was due. */
                rate: number | null;
                closedOnTime: number;
                due: number;
            }[];
            /** @description The rate at each Monday 00:00 UTC of the last 12 weeks, then now. */
            weekly: {
                at: string;
                /** @description closedOnTime / due; null when nothing was due. */
                rate: number | null;
                closedOnTime: number;
                due: number;
            }[];
        };
        PracticeOverview: {
            at: string;
            /** @description The first 50 incidents that owe a postmortem not yet final (not waived), the late ones first. */
            owed: {
                incident: components["schemas"]["Incident"];
                late: ("draftBy" | "meetingBy" | "publishBy")[];
                dueSoon: ("draftBy" | "meetingBy" | "publishBy")[];
            }[];
            /** @description Owners with overdue items, the most first. */
            overdueByOwner: {
                owner: string;
                total: number;
                /** @description The first 5. */
                items: components["schemas"]["ActionItemRow"][];
            }[];
            /** @description The first 50 open or in-progress P1 items. */
            openP1: components["schemas"]["ActionItemRow"][];
            /** @description The first 50 done items that need someone other than their owner to verify them (none when the policy does not ask for verification). */
            awaitingVerification: components["schemas"]["ActionItemRow"][];
            /** @description How many there are of each list in all (owed postmortems, and how many of them are late). */
            counts: {
                owed: number;
                late: number;
                overdue: number;
                openP1: number;
                awaitingVerification: number;
            };
            completion: components["schemas"]["CompletionRate"];
        };
        Dashboard: {
            at: string;
            /** @description The first 50 incidents that owe a postmortem not yet final (not waived), the late ones first. */
            owed: {
                incident: components["schemas"]["Incident"];
                late: ("draftBy" | "meetingBy" | "publishBy")[];
                dueSoon: ("draftBy" | "meetingBy" | "publishBy")[];
            }[];
            /** @description Owners with overdue items, the most first. */
            overdueByOwner: {
                owner: string;
                total: number;
                /** @description The first 5. */
                items: components["schemas"]["ActionItemRow"][];
            }[];
            /** @description The first 50 open or in-progress P1 items. */
            openP1: components["schemas"]["ActionItemRow"][];
            /** @description The first 50 done items that need someone other than their owner to verify them (none when the policy does not ask for verification). */
            awaitingVerification: components["schemas"]["ActionItemRow"][];
            /** @description How many there are of each list in all (owed postmortems, and how many of them are late). */
            counts: {
                owed: number;
                late: number;
                overdue: number;
                openP1: number;
                awaitingVerification: number;
            };
            completion: components["schemas"]["CompletionRate"];
            /** @description What the signed-in user owes: postmortems they write or command, items they own, verifications on postmortems they wrote. */
            mine: {
                owed: {
                    incident: components["schemas"]["Incident"];
                    late: ("draftBy" | "meetingBy" | "publishBy")[];
                    dueSoon: ("draftBy" | "meetingBy" | "publishBy")[];
                }[];
                actionItems: components["schemas"]["ActionItemRow"][];
                verifications: components["schemas"]["ActionItemRow"][];
            };
        };
        Channel: {
            id: string;
            /** @description instance, or team:<name in lower case> */
            scope: string;
            name: string;
            config: {
                /** @constant */
                kind: "email";
                to: string[];
            } | {
                /** @constant */
                kind: "slack";
                /** @description Only its origin: the URL is a credential. */
                url: string;
            } | {
                /** @constant */
                kind: "webhook";
                /** @description Without its query. */
                url: string;
                hasSecret: boolean;
            };
            createdAt: string;
            createdBy: string;
            updatedAt: string;
        };
        Policy: {
            /** @description 0 while no admin has set one: the defaults are in force. */
            version: number;
            /** @description The policy as YAML (see GET /policy/schema and docs/process.md). */
            document: string;
            /** @description The policy as read, every default filled in. */
            policy: {
                [key: string]: unknown;
            };
            createdAt: string | null;
            createdBy: string | null;
        };
        ServiceSlo: {
            service: string;
            targetPercent: number;
            windowDays: number;
            createdAt: string;
            updatedAt: string;
        };
        Comment: {
            id: string;
            postmortemId: string;
            by: {
                userId: string;
                email: string;
            };
            at: string;
            body: string;
            /** @description What it is about: section:<name> (rootCause, impact, …) or action-item:<id or position>; null for the whole postmortem. */
            anchor: string | null;
            /** @description The first comment of the thread it answers; null when it starts one. */
            parentId: string | null;
            /** @description When the thread it starts was resolved, and by whom; null while open. */
            resolved: {
                at: string;
                by: string;
            } | null;
            /** @description The e-mails of the users it @mentions. */
            mentions: string[];
        };
        RevisionInfo: {
            number: number;
            at: string;
            by: {
                userId: string;
                email: string;
            };
            changed: string[];
            note: string;
        };
        Revision: {
            number: number;
            at: string;
            by: {
                userId: string;
                email: string;
            };
            changed: string[];
            note: string;
            postmortem: {
                id: string | null;
                title: string;
                severity: ("SEV1" | "SEV2" | "SEV3" | "SEV4") | null;
                /** @enum {string} */
                status: "draft" | "in_review" | "final" | "published";
                /** @enum {string} */
                kind: "full" | "lightweight" | "near_miss";
                author: string | null;
                commander: string | null;
                services: string[];
                teams: string[];
                tags: string[];
                restricted: boolean;
                times: {
                    startedAt: string | null;
                    detectedAt: string | null;
                    acknowledgedAt: string | null;
                    mitigatedAt: string | null;
                    resolvedAt: string | null;
                };
                detection: {
                    method: ("monitoring" | "customer_report" | "internal") | null;
                    by: string | null;
                };
                summary: string;
                whatHappened: string;
                impact: {
                    text: string;
                    usersAffected: string | null;
                    errorRate: string | null;
                    failedTransactions: string | null;
                    revenueImpact: string | null;
                    supportTickets: string | null;
                    slaTarget: string | null;
                    slaAchieved: string | null;
                    dataLoss: string | null;
                    securityExposure: string | null;
                };
                timeline: {
                    at: string | null;
                    written: string;
                    approximate: boolean;
                    text: string;
                    actor: string | null;
                    kind: ("change" | "alert" | "detection" | "escalation" | "acknowledgement" | "investigation" | "decision" | "mitigation" | "resolution" | "communication") | null;
                    source: string | null;
                }[];
                rootCause: string;
                whys: string[];
                contributingFactors: {
                    text: string;
                    category: ("process" | "technical" | "cultural" | "environmental") | null;
                    actionItems: string[];
                }[];
                wentWell: string[];
                wentPoorly: string[];
                surprises: string[];
                luckyBreaks: string[];
                lessons: string[];
                actionItems: {
                    id: string | null;
                    title: string;
                    rationale: string | null;
                    owner: string | null;
                    due: string | null;
                    priority: ("P1" | "P2" | "P3") | null;
                    /** @enum {string} */
                    status: "open" | "in_progress" | "done" | "verified" | "wont_do";
                    ticket: string | null;
                    verification: string | null;
                }[];
                review: {
                    reviewers: string[];
                    meetingAt: string | null;
                    attendees: string[];
                    approvals: {
                        by: string;
                        at: string | null;
                    }[];
                };
                otherSections: {
                    heading: string;
                    body: string;
                }[];
                /** @default {} */
                extraFrontMatter: {
                    [key: string]: unknown;
                };
                derived: {
                    durationMinutes: number | null;
                    timeToDetectMinutes: number | null;
                    timeToAcknowledgeMinutes: number | null;
                    timeToMitigateMinutes: number | null;
                    timeToResolveMinutes: number | null;
                    /** @description The key times the document leaves empty, as derived from the timeline: start from the event marking the start of impact ("OUTAGE BEGINS"), else the earliest event; the others from the first event of their kind. Null where `times` gives the value or no event fits. */
                    times: {
                        startedAt: {
                            at: string;
                            /** @description The timeline event the time was taken from. */
                            from: {
                                /** @description Position of the event in `timeline`, from 0. */
                                index: number;
                                /** @description The text of that event. */
                                text: string;
                            };
                        } | null;
                        detectedAt: {
                            at: string;
                            /** @description The timeline event the time was taken from. */
                            from: {
                                /** @description Position of the event in `timeline`, from 0. */
                                index: number;
                                /** @description The text of that event. */
                                text: string;
                            };
                        } | null;
                        acknowledgedAt: {
                            at: string;
                            /** @description The timeline event the time was taken from. */
                            from: {
                                /** @description Position of the event in `timeline`, from 0. */
                                index: number;
                                /** @description The text of that event. */
                                text: string;
                            };
                        } | null;
                        mitigatedAt: {
                            at: string;
                            /** @description The timeline event the time was taken from. */
                            from: {
                                /** @description Position of the event in `timeline`, from 0. */
                                index: number;
                                /** @description The text of that event. */
                                text: string;
                            };
                        } | null;
                        resolvedAt: {
                            at: string;
                            /** @description The timeline event the time was taken from. */
                            from: {
                                /** @description Position of the event in `timeline`, from 0. */
                                index: number;
                                /** @description The text of that event. */
                                text: string;
                            };
                        } | null;
                    };
                };
            };
        };
        PatternReport: {
            /** @enum {string} */
            source: "directory" | "server";
            period: {
                /** @description First day, YYYY-MM-DD (UTC). */
                from: string;
                /** @description Last day, included. */
                to: string;
                days: number;
            };
            previousPeriod: {
                /** @description First day, YYYY-MM-DD (UTC). */
                from: string;
                /** @description Last day, included. */
                to: string;
                days: number;
            };
            generatedAt: string;
            /** @description The sentences to read aloud first. */
            headline: string[];
            /** @description Incidents reviewed: the postmortems you may read whose incident began in the period. */
            postmortems: {
                total: number;
                bySeverity: {
                    /** @enum {string} */
                    severity: "SEV1" | "SEV2" | "SEV3" | "SEV4" | "none";
                    count: number;
                }[];
                /** @description How many in the previous period of the same length. */
                previousTotal: number;
                sentence: string;
            };
            /** @description Incident records that began in the period. */
            incidents: {
                total: number;
                bySeverity: {
                    /** @enum {string} */
                    severity: "SEV1" | "SEV2" | "SEV3" | "SEV4" | "none";
                    count: number;
                }[];
                /** @description How many in the previous period of the same length. */
                previousTotal: number;
                sentence: string;
            } | null;
            /** @description Postmortems that give no start time (in no period). */
            undated: number;
            /** @description One per trigger: deploy, configuration, capacity, dependency, hardware, security, unknown. */
            triggers: {
                key: string;
                label: string;
                count: number;
                /** @description The incidents reviewed in the period. */
                of: number;
                /** @description count / of, 0 to 1. */
                share: number;
                /** @description The share as a meeting reads it: "7 of the 12 incidents reviewed followed a deploy or change (58%)." */
                sentence: string;
            }[];
            /** @description One per contributing-factor category, and none. */
            categories: {
                key: string;
                label: string;
                count: number;
                /** @description The incidents reviewed in the period. */
                of: number;
                /** @description count / of, 0 to 1. */
                share: number;
                /** @description The share as a meeting reads it: "7 of the 12 incidents reviewed followed a deploy or change (58%)." */
                sentence: string;
            }[];
            services: {
                key: string;
                label: string;
                count: number;
                /** @description The incidents reviewed in the period. */
                of: number;
                /** @description count / of, 0 to 1. */
                share: number;
                /** @description The share as a meeting reads it: "7 of the 12 incidents reviewed followed a deploy or change (58%)." */
                sentence: string;
            }[];
            repeats: {
                /** @enum {string} */
                kind: "failure_mode" | "trigger";
                service: string | null;
                failureMode: string | null;
                trigger: ("deploy" | "configuration" | "capacity" | "dependency" | "hardware" | "security" | "unknown") | null;
                count: number;
                /** @description Postmortem and incident ids. */
                refs: string[];
                sentence: string;
            }[];
            times: {
                /** @enum {string} */
                key: "detect" | "acknowledge" | "mitigate" | "resolve";
                label: string;
                current: {
                    count: number;
                    median: number | null;
                    p90: number | null;
                };
                previous: {
                    count: number;
                    median: number | null;
                    p90: number | null;
                };
                trend: {
                    /** @description Against the previous period; null when either period gives none. */
                    median: {
                        /** @enum {string} */
                        direction: "faster" | "slower" | "unchanged";
                        changeMinutes: number;
                        changeShare: number | null;
                    } | null;
                    /** @description Against the previous period; null when either period gives none. */
                    p90: {
                        /** @enum {string} */
                        direction: "faster" | "slower" | "unchanged";
                        changeMinutes: number;
                        changeShare: number | null;
                    } | null;
                };
                sentence: string;
            }[];
            actionItems: {
                created: number;
                closedOfCreated: number;
                closedInPeriod: number | null;
                overdue: number;
                today: string;
                sentences: string[];
            };
            /** @description Error budget per service, where SLOs are kept. */
            budgetByService?: {
                service: string;
                sentence: string;
            }[];
        };
        TimelineImport: {
            added: number;
            /** @description Events that joined one another tool already gave. */
            merged: number;
            /** @description Entries imported before. */
            skipped: number;
            /** @description Entries that could not be read, each named by the export's name and its place in it. */
            leftOut: {
                entry: string;
                reason: string;
            }[];
            /** @description Entries read and left out on purpose (Slack messages outside the incident window, channel joins, other bots…), counted by why. */
            omitted: {
                reason: string;
                count: number;
            }[];
            timeline: {
                at: string | null;
                written: string;
                approximate: boolean;
                text: string;
                actor: string | null;
                kind: ("change" | "alert" | "detection" | "escalation" | "acknowledgement" | "investigation" | "decision" | "mitigation" | "resolution" | "communication") | null;
                source: string | null;
            }[];
            /** @description The version after the import; null for a preview. */
            version: number | null;
        };
        CreatedToken: {
            id: string;
            name: string;
            /** @description Its user. */
            email: string;
            /** @description The most it may do; null: whatever its user may. */
            role: ("viewer" | "editor" | "admin") | null;
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            /** @description The token itself: shown this once, never again. */
            token: string;
        };
        DeletedPostmortem: {
            /** @description The deleted copy (what restoring names). */
            id: string;
            postmortemId: string;
            title: string;
            deletedAt: string;
            /** @description The e-mail of the admin who deleted it. */
            deletedBy: string;
            /** @description After this it is purged for good. */
            restorableUntil: string;
        };
        LintMessage: {
            ruleId: string;
            severity: 1 | 2;
            message: string;
            line: number;
            column: number;
            endLine: number;
            endColumn: number;
            suggestions: {
                desc: string;
            }[];
        };
        LintResult: {
            filePath: string;
            messages: components["schemas"]["LintMessage"][];
            errorCount: number;
            warningCount: number;
        };
        ProposedRedaction: {
            /** @description R1, R2… in text order. */
            id: string;
            /** @enum {string} */
            kind: "person" | "handle" | "email" | "ip" | "host" | "url" | "ticket" | "channel" | "secret";
            /** @description The text it replaces. */
            original: string;
            replacement: string;
            why: string;
            /** @description 1-based, in `original`. */
            line: number;
            column: number;
            /** @description Offset in `original` (UTF-16 code units), inclusive. */
            start: number;
            /** @description Offset in `original`, exclusive. */
            end: number;
        };
        PublicProposal: {
            postmortemId: string;
            postmortemVersion: number;
            /** @description The postmortem as Markdown (without front matter): what the redactions’ places refer to. */
            original: string;
            title: string;
            /** @description The redacted Markdown without its title heading: every redaction applied. */
            text: string;
            redactions: components["schemas"]["ProposedRedaction"][];
            /** @description DEBRIEF_INTERNAL_DOMAINS: the domains whose hosts and links were treated as internal. */
            internalDomains: string[];
        };
        PublicVersion: {
            postmortemId: string;
            /** @description The page is /public/postmortems/{slug}. */
            slug: string;
            /** @description The ETag: every save, publish and unpublish adds 1. */
            version: number;
            title: string;
            text: string;
            redactions: {
                /** @description R1, R2… as proposed; any unique id for one the reviewer added. */
                id: string;
                /** @enum {string} */
                kind: "person" | "handle" | "email" | "ip" | "host" | "url" | "ticket" | "channel" | "secret";
                /** @description The text replaced; publishing refuses while it is still in the public text (accepted and added ones). */
                original: string;
                replacement: string;
                why: string;
                /** @description Where it stood in the original Markdown (1-based), null for one added by hand. */
                line: number | null;
                column: number | null;
                /** @enum {string} */
                decision: "accepted" | "rejected" | "added";
            }[];
            createdAt: string;
            updatedAt: string;
            updatedBy: string;
            /** @description What the world sees, or null while nothing is public. */
            published: {
                version: number;
                title: string;
                at: string;
                firstAt: string;
                url: string;
            } | null;
        };
        PublicRevision: {
            number: number;
            at: string;
            by: {
                userId: string;
                email: string;
            };
            /** @enum {string} */
            action: "saved" | "published" | "unpublished";
            slug: string;
            title: string;
            text: string;
            redactions: {
                /** @description R1, R2… as proposed; any unique id for one the reviewer added. */
                id: string;
                /** @enum {string} */
                kind: "person" | "handle" | "email" | "ip" | "host" | "url" | "ticket" | "channel" | "secret";
                /** @description The text replaced; publishing refuses while it is still in the public text (accepted and added ones). */
                original: string;
                replacement: string;
                why: string;
                /** @description Where it stood in the original Markdown (1-based), null for one added by hand. */
                line: number | null;
                column: number | null;
                /** @enum {string} */
                decision: "accepted" | "rejected" | "added";
            }[];
        };
        IntegrationTest: {
            ok: boolean;
            hookUrl: string | null;
            checks: {
                name: string;
                ok: boolean;
                detail: string;
            }[];
            lastDelivery: components["schemas"]["HookDelivery"] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        /** @description Send it as X-CSRF-Token with cookie-authenticated writes. */
                        csrfToken: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        /** @description Send it as X-CSRF-Token with cookie-authenticated writes. */
                        csrfToken: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    /** @description At least 12 characters, and not easy to guess (checked against common passwords and patterns). */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSignInMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInMethods"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startProviderSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The provider’s authorization URL: navigate the browser there. */
                        url: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSignInSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInSettings"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setSignInSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    localPasswords: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInSettings"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPostmortems: {
        parameters: {
            query?: {
                status?: "draft" | "in_review" | "final" | "published";
                /** @description SEV1..SEV4; P1..P4 and Critical/Major/Minor/Low are accepted too */
                severity?: string;
                /** @description postmortems with a service whose name starts with this (case-insensitive) */
                service?: string;
                tag?: string;
                author?: string;
                /** @description incidents that started at or after this */
                from?: string;
                /** @description incidents that started before this */
                to?: string;
                /** @description full-text search over title and prose; best match first unless sort says otherwise */
                q?: string;
                /** @description the order: started, updated, severity (SEV1 first), title, duration or open_actions, ascending, or descending with a leading "-"; unknown values last either way. Default -started (newest incident first), or relevance (best match first) with q */
                sort?: "-started" | "started" | "-updated" | "updated" | "severity" | "-severity" | "title" | "-title" | "-duration" | "duration" | "-open_actions" | "open_actions" | "relevance";
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PostmortemRow"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPostmortem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostmortemFieldsInput"];
                "text/markdown": string;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedPostmortem"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPostmortem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                    "text/markdown": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replacePostmortem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the ETag of the version you read, e.g. "3". */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostmortemFieldsInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePostmortem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchPostmortem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the ETag of the version you read, e.g. "3". */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description An RFC 7396 JSON merge patch of the postmortem as GET shows it. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    lintPostmortem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LintResult"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transitionPostmortem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: make the move conditional on this version. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "draft" | "in_review" | "final" | "published";
                    /** @description Why a final or published postmortem is reopened to draft (required then; kept in its history). */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApprovals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approvals"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    approvePostmortem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: approve only this version (412 when it is no longer current). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approvals"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approvals"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description DEBRIEF_TICKET_URL: a URL with {key}, e.g. https://acme.atlassian.net/browse/{key}; null when not set. */
                        ticketUrl: string | null;
                        requiredApprovals: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RevisionInfo"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revision"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublishedRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revision"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restoreRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the ETag of the current version. */
                "if-match"?: string;
            };
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSimilarPostmortems: {
        parameters: {
            query?: {
                /** @description How many results, 1 to 20 (default 5). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            /** @description 0 to 1: the full-text match (as a share of the best one) and the structured overlap, combined. */
                            score: number;
                            /** @description The reasons, strongest first: same failure mode, shared services, same trigger, shared contributing-factor categories, shared tags, matching words. */
                            why: string[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportPostmortem: {
        parameters: {
            query?: {
                /** @description md (default), html or json. */
                format?: "md" | "html" | "json";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                    "text/html": string;
                    "application/json": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importTimeline: {
        parameters: {
            query?: {
                /** @description A zip upload: the tool its files come from (slack for a workspace export). Required with a zip; not used with JSON. */
                source?: "alertmanager" | "betterstack" | "csv" | "grafana" | "opsgenie" | "pagerduty" | "slack" | "statuspage";
                /** @description A zip upload: what to call it where the answer names what it left out (default upload.zip). */
                name?: string;
                /** @description Slack: keep messages from this time on (ISO 8601, UTC without an offset). Default: an hour before the postmortem's first key time. */
                since?: string;
                /** @description Slack: keep messages up to this time. Default: an hour after the postmortem's last key time. */
                until?: string;
                /** @description csv: the IANA zone of times written without an offset; without it such a row is left out. */
                timezone?: string;
                /** @description A zip upload: true to say what the import would do and change nothing. */
                preview?: "true" | "false";
            };
            header?: {
                /** @description Required unless previewing: the ETag of the current version. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The tool the payload comes from.
                     * @enum {string}
                     */
                    source: "alertmanager" | "betterstack" | "csv" | "grafana" | "opsgenie" | "pagerduty" | "slack" | "statuspage";
                    /** @description The export: a JSON value, or its text (JSON, one JSON value per line, or CSV for csv). Slack: a day file's list of messages, a conversations.history answer, or an object of an export's files by name ({"users.json": […], "incident/2024-03-03.json": […]}). */
                    payload?: unknown;
                    /** @description Instead of payload, fetch the entries live from the tool’s API (slack: conversations.history of the channel in the window, its threads’ replies and its people’s names; pagerduty: the incident’s log entries), page after page. */
                    fetch?: {
                        /** @description slack: the channel id (C…); pagerduty: the incident id. */
                        id: string;
                        /** @description A token of the tool: a Slack bot token with channels:history (and groups:history for private channels, users:read for people’s names), a PagerDuty REST API key. Used for this call only, never stored. Left out: the token an admin stored as a slack-api or pagerduty-api integration of the postmortem’s team, else of the instance (422 when there is none). */
                        token?: string;
                    };
                    /**
                     * @description What to call the export where the answer names what it left out (a file name).
                     * @default payload
                     */
                    name?: string;
                    /** @description Slack: keep messages from this time on (ISO 8601, UTC without an offset). Default: an hour before the postmortem's first key time. */
                    since?: string;
                    /** @description Slack: keep messages up to this time. Default: an hour after the postmortem's last key time. */
                    until?: string;
                    /** @description csv: the column of each field by header name (default: found by names such as time, timestamp, text, message, actor, user, kind). */
                    columns?: {
                        time?: string;
                        text?: string;
                        actor?: string;
                        kind?: string;
                    };
                    /** @description csv: the IANA zone of times written without an offset; without it such a row is left out. */
                    timezone?: string;
                    /**
                     * @description True: say what the import would do and change nothing (no If-Match needed).
                     * @default false
                     */
                    preview?: boolean;
                };
                "application/zip": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineImport"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The text; @name@example.com or @name (the part of an e-mail before the @) mentions a user. */
                    body: string;
                    /** @description section:<name> or action-item:<id or position>; left out, the whole postmortem. */
                    anchor?: string | null;
                    /** @description The first comment of the thread this answers (a reply takes its anchor). */
                    parentId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resolveCommentThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    resolved: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDeletedPostmortems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DeletedPostmortem"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restoreDeletedPostmortem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        postmortemId: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listActionItems: {
        parameters: {
            query?: {
                owner?: string;
                /** @description items of postmortems that list a team whose name starts with this (case-insensitive) */
                team?: string;
                status?: "open" | "in_progress" | "done" | "verified" | "wont_do";
                priority?: "P1" | "P2" | "P3";
                /** @description only items past their due date that are not done, verified or won’t do */
                overdue?: "true" | "false";
                /** @description the day "overdue" is counted from (default: today, UTC) */
                today?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ActionItemRow"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setActionItemStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the item’s id, or its 0-based position */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "open" | "in_progress" | "done" | "verified" | "wont_do";
                    /** @description Why it will not be done (required with wont_do). */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the item’s id, or its 0-based position */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description How you know it works: a note or a link. */
                    evidence: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postmortem"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    fileActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description the item’s id, or its 0-based position */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The tracker integration to file in (default: see the description). */
                    integrationId?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketFiling"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketFiling"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketFiling"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TrackerTicket"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name?: string;
                    /** @enum {string} */
                    role: "viewer" | "editor" | "admin";
                    /** @description At least 12 characters, and not easy to guess (checked against common passwords and patterns). */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                email: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role?: "viewer" | "editor" | "admin";
                    /** @description true ends the account’s sessions and revokes its tokens at once; false lets it sign in again. */
                    disabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                email: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description At least 12 characters, and not easy to guess (checked against common passwords and patterns). */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: {
                email?: string;
                all?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Token"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Default 90. */
                    expiresInDays?: number;
                    /**
                     * @description Cap the token below its user’s role, e.g. viewer for a read-only dashboard.
                     * @enum {string}
                     */
                    role?: "viewer" | "editor" | "admin";
                    /** @description Admins: the user to make it for. */
                    email?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedToken"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                action?: "auth.login" | "auth.login_failed" | "auth.login_throttled" | "auth.logout" | "user.created" | "user.role_changed" | "user.disabled" | "user.enabled" | "user.password_changed" | "user.identity_linked" | "token.created" | "token.revoked" | "postmortem.access_changed" | "postmortem.deleted" | "postmortem.restored" | "postmortem.id_taken" | "postmortem.public_saved" | "postmortem.public_published" | "postmortem.public_unpublished" | "policy.changed" | "team.saved" | "team.deleted" | "slo.saved" | "slo.deleted" | "incident.waived" | "incident.waiver_withdrawn" | "channel.saved" | "channel.deleted" | "settings.changed" | "integration.saved" | "integration.deleted";
                /** @description Events done by or to this account. */
                email?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIncidents: {
        parameters: {
            query?: {
                owed?: "full" | "lightweight" | "none";
                failureMode?: string;
                /** @description Incidents that started at or after this instant. */
                from?: string;
                /** @description Incidents that started before this instant. */
                to?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Incident"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordIncident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @default null */
                    severity?: ("SEV1" | "SEV2" | "SEV3" | "SEV4") | null;
                    /** @default null */
                    startedAt?: string | null;
                    /** @default null */
                    resolvedAt?: string | null;
                    /** @default [] */
                    services?: string[];
                    /** @default [] */
                    teams?: string[];
                    /** @default null */
                    customerImpactMinutes?: number | null;
                    /** @default false */
                    slaBreached?: boolean;
                    /** @default false */
                    dataLoss?: boolean;
                    /** @default false */
                    securityExposure?: boolean;
                    /** @default false */
                    escalated?: boolean;
                    /** @default false */
                    nearMiss?: boolean;
                    /** @default false */
                    autoResolved?: boolean;
                    /** @default null */
                    failureMode?: string | null;
                    /** @default manual */
                    source?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        /** @default null */
                        severity: ("SEV1" | "SEV2" | "SEV3" | "SEV4") | null;
                        /** @default null */
                        startedAt: string | null;
                        /** @default null */
                        resolvedAt: string | null;
                        /** @default [] */
                        services: string[];
                        /** @default [] */
                        teams: string[];
                        /** @default null */
                        customerImpactMinutes: number | null;
                        /** @default false */
                        slaBreached: boolean;
                        /** @default false */
                        dataLoss: boolean;
                        /** @default false */
                        securityExposure: boolean;
                        /** @default false */
                        escalated: boolean;
                        /** @default false */
                        nearMiss: boolean;
                        /** @default false */
                        autoResolved: boolean;
                        /** @default null */
                        failureMode: string | null;
                        /** @default manual */
                        source: string;
                        /** @description INC-<number>. */
                        id: string;
                        number: number;
                        /** @description Starts at 1; every change adds 1. The ETag; send it as If-Match to PATCH. */
                        version: number;
                        /**
                         * @description What the policy owes: a full or lightweight postmortem, or none.
                         * @enum {string}
                         */
                        owed: "full" | "lightweight" | "none";
                        /** @description Every reason for `owed`, in words ("customer-visible impact 42 min ≥ 15 min"). */
                        reasons: string[];
                        /** @description For a repeat: the earlier incidents of the same service and failure mode, oldest first. */
                        repeatOf: string[];
                        /** @description The version of the policy that decided (0: the defaults). */
                        policyVersion: number;
                        /** @description The postmortem that answers it. */
                        postmortemId: string | null;
                        /** @description An admin’s decision that no postmortem is needed, and why. */
                        waiver: {
                            reason: string;
                            by: string;
                            at: string;
                        } | null;
                        /** @description Draft, review meeting, final or published: when each falls and where it stands. Null when nothing is owed or it was waived. */
                        deadlines: {
                            draftBy: {
                                /** @description When it falls (UTC); null while the incident is not resolved: deadlines count from resolvedAt. */
                                at: string | null;
                                /** @enum {string} */
                                state: "pending" | "met" | "due_soon" | "late";
                            };
                            meetingBy: {
                                /** @description When it falls (UTC); null while the incident is not resolved: deadlines count from resolvedAt. */
                                at: string | null;
                                /** @enum {string} */
                                state: "pending" | "met" | "due_soon" | "late";
                            };
                            publishBy: {
                                /** @description When it falls (UTC); null while the incident is not resolved: deadlines count from resolvedAt. */
                                at: string | null;
                                /** @enum {string} */
                                state: "pending" | "met" | "due_soon" | "late";
                            };
                        } | null;
                        /** @description True for a security incident you may not read (only admins, whoever recorded it and readers of its restricted postmortem may): its title is "Restricted incident", and its services, teams, failure mode, reasons, repeatOf, postmortemId and waiver reason are withheld. */
                        redacted: boolean;
                        createdAt: string;
                        createdBy: string;
                        updatedAt: string;
                        /** @description The alerting tools’ incidents that created or updated it (see docs/integrations.md). */
                        alerts: {
                            /** @description pagerduty, alertmanager, opsgenie or grafana */
                            kind: string;
                            /** @description The tool’s incident: a PagerDuty incident id, an Opsgenie alertId, an alert group’s groupKey. */
                            externalKey: string;
                            /** @enum {string} */
                            status: "triggered" | "acknowledged" | "resolved";
                            statusAt: string;
                            acknowledgedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version read (required: 428 without it, 412 when it is stale). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    severity?: ("SEV1" | "SEV2" | "SEV3" | "SEV4") | null;
                    startedAt?: string | null;
                    resolvedAt?: string | null;
                    services?: string[];
                    teams?: string[];
                    customerImpactMinutes?: number | null;
                    slaBreached?: boolean;
                    dataLoss?: boolean;
                    securityExposure?: boolean;
                    escalated?: boolean;
                    nearMiss?: boolean;
                    autoResolved?: boolean;
                    failureMode?: string | null;
                    source?: string;
                    /** @description Link the postmortem that answers it (one you may see), or null to unlink it. */
                    postmortemId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIncidentRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            number: number;
                            at: string;
                            by: string;
                            note: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    waiveIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawWaiver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The policy as YAML. */
                    document: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPolicyVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            version: number;
                            document: string;
                            createdAt: string;
                            createdBy: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPolicySchema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    incidentId?: string;
                    incident?: {
                        title: string;
                        /** @default null */
                        severity?: ("SEV1" | "SEV2" | "SEV3" | "SEV4") | null;
                        /** @default null */
                        startedAt?: string | null;
                        /** @default null */
                        resolvedAt?: string | null;
                        /** @default [] */
                        services?: string[];
                        /** @default [] */
                        teams?: string[];
                        /** @default null */
                        customerImpactMinutes?: number | null;
                        /** @default false */
                        slaBreached?: boolean;
                        /** @default false */
                        dataLoss?: boolean;
                        /** @default false */
                        securityExposure?: boolean;
                        /** @default false */
                        escalated?: boolean;
                        /** @default false */
                        nearMiss?: boolean;
                        /** @default false */
                        autoResolved?: boolean;
                        /** @default null */
                        failureMode?: string | null;
                        /** @default manual */
                        source?: string;
                    };
                    /** @description A policy to try instead of the one in force (not kept). */
                    document?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        owed: "full" | "lightweight" | "none";
                        reasons: string[];
                        repeatOf: string[];
                        /** @description The version that decided; null for a document tried in the request. */
                        policyVersion: number | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Team"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lead?: string | null;
                    members?: string[];
                    services?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSlos: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ServiceSlo"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSlo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Target in percent of good minutes, e.g. 99.9. */
                    targetPercent: number;
                    /** @description Rolling window in days, e.g. 30. */
                    windowDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceSlo"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSlo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCompletionRate: {
        parameters: {
            query?: {
                team?: string;
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionRate"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPatternReport: {
        parameters: {
            query?: {
                /** @description First day, YYYY-MM-DD (UTC); default 90 days before `to`. */
                from?: string;
                /** @description Last day, included, YYYY-MM-DD (UTC); default today. */
                to?: string;
                /** @description json (default, the report), csv (one row per postmortem of the period), md, or html (a page with charts); the last three as attachments. */
                format?: "json" | "csv" | "md" | "html";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatternReport"];
                    "text/csv": string;
                    "text/markdown": string;
                    "text/html": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeetingKit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingKit"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeetingInvitation: {
        parameters: {
            query?: {
                /** @description Another start, e.g. 2026-03-04T14:00:00Z. */
                start?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDigest: {
        parameters: {
            query?: {
                format?: "json" | "md";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeOverview"] | string;
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listChannels: {
        parameters: {
            query?: {
                scope?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Channel"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description instance, or team:NAME */
                    scope: string;
                    name: string;
                    /** @enum {string} */
                    kind: "email" | "slack" | "webhook";
                    /** @description email: the addresses */
                    to?: string[];
                    /** @description slack: the incoming-webhook URL; webhook: the receiver */
                    url?: string;
                    /** @description webhook: a Standard Webhooks secret (whsec_…); one is generated when left out */
                    secret?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channel: components["schemas"]["Channel"];
                        /** @description The generated signing secret, shown only in this answer; null when none was generated. */
                        secret: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description instance, or team:NAME (a team that exists: 404 otherwise): the channel moves there; left out, it stays where it is */
                    scope?: string;
                    name: string;
                    /** @enum {string} */
                    kind: "email" | "slack" | "webhook";
                    /** @description email: the addresses */
                    to?: string[];
                    /** @description slack: the incoming-webhook URL; webhook: the receiver */
                    url?: string;
                    /** @description webhook: a Standard Webhooks secret (whsec_…); one is generated when left out */
                    secret?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channel: components["schemas"]["Channel"];
                        /** @description The generated signing secret, shown only in this answer; null when none was generated. */
                        secret: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                channelId?: string;
                outcome?: "sent" | "retry" | "failed" | "lease_expired";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            outboxId: string;
                            channelId: string;
                            channelName: string | null;
                            type: string;
                            subject: string;
                            attempt: number;
                            at: string;
                            outcome: string;
                            status: number | null;
                            error: string | null;
                            durationMs: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIntegrations: {
        parameters: {
            query?: {
                kind?: "pagerduty" | "alertmanager" | "opsgenie" | "grafana" | "jira" | "linear" | "github" | "slack-api" | "pagerduty-api";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Integration"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "pagerduty" | "alertmanager" | "opsgenie" | "grafana" | "jira" | "linear" | "github" | "slack-api" | "pagerduty-api";
                    name: string;
                    /** @description instance (the default), or team:NAME: incidents it makes belong to that team */
                    scope?: string;
                    /** @description The kind’s settings (see docs/integrations.md); defaults when left out */
                    settings?: {
                        [key: string]: unknown;
                    };
                    /** @description The signing secret, token or password (16+ characters); one is generated when left out, except for PagerDuty, which generates its own; a tracker’s API credential, or the Slack or PagerDuty API token of a slack-api or pagerduty-api integration (required) */
                    secret?: string;
                    /** @description Trackers only: the secret their webhooks are signed with (GitHub, Jira: the one you set on the webhook; Linear: the one it shows); left out, the one in force stays */
                    webhookSecret?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        integration: components["schemas"]["Integration"];
                        /** @description The generated secret, shown only in this answer; null when none was generated. */
                        secret: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        integration: components["schemas"]["Integration"];
                        deliveries: components["schemas"]["HookDelivery"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "pagerduty" | "alertmanager" | "opsgenie" | "grafana" | "jira" | "linear" | "github" | "slack-api" | "pagerduty-api";
                    name: string;
                    /** @description instance (the default), or team:NAME: incidents it makes belong to that team */
                    scope?: string;
                    /** @description The kind’s settings (see docs/integrations.md); defaults when left out */
                    settings?: {
                        [key: string]: unknown;
                    };
                    /** @description The signing secret, token or password (16+ characters); one is generated when left out, except for PagerDuty, which generates its own; a tracker’s API credential, or the Slack or PagerDuty API token of a slack-api or pagerduty-api integration (required) */
                    secret?: string;
                    /** @description Trackers only: the secret their webhooks are signed with (GitHub, Jira: the one you set on the webhook; Linear: the one it shows); left out, the one in force stays */
                    webhookSecret?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        integration: components["schemas"]["Integration"];
                        /** @description The generated secret, shown only in this answer; null when none was generated. */
                        secret: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationTest"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    receiveHook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "pagerduty" | "alertmanager" | "opsgenie" | "grafana" | "jira" | "linear" | "github";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A replay: received before, nothing changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HookAnswer"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HookAnswer"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    receiveIntegrationHook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "pagerduty" | "alertmanager" | "opsgenie" | "grafana" | "jira" | "linear" | "github";
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A replay: received before, nothing changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HookAnswer"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HookAnswer"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    proposePublicVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicProposal"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicVersion"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    savePublicVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you read (the ETag of GET …/public): required to change an existing public version (412 when it is no longer current); absent for the first save. */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    text: string;
                    slug?: string;
                    redactions: {
                        /** @description R1, R2… as proposed; any unique id for one the reviewer added. */
                        id: string;
                        /** @enum {string} */
                        kind: "person" | "handle" | "email" | "ip" | "host" | "url" | "ticket" | "channel" | "secret";
                        /** @description The text replaced; publishing refuses while it is still in the public text (accepted and added ones). */
                        original: string;
                        replacement: string;
                        why: string;
                        /** @description Where it stood in the original Markdown (1-based), null for one added by hand. */
                        line: number | null;
                        column: number | null;
                        /** @enum {string} */
                        decision: "accepted" | "rejected" | "added";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicVersion"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publishPublicVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: publish only this version (412 when it is no longer current). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicVersion"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unpublishPublicVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicVersion"];
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPublicRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PublicRevision"][];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}

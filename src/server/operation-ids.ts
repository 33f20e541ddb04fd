/**
 * The name of every operation of the API (`operationId` in the OpenAPI document): what a client generated from the
 * document calls its functions. Named here, in one table, so that a new route without a name fails its test and a
 * name never changes by accident (a generated client's callers depend on it).
 */

/** `METHOD /path` (as the document writes it, `{param}` included) → the operation's name. */
const OPERATION_IDS: Readonly<Record<string, string>> = {
  'POST /api/v1/auth/login': 'signIn',
  'POST /api/v1/auth/logout': 'signOut',
  'GET /api/v1/auth/me': 'getCurrentUser',
  'POST /api/v1/auth/password': 'changeOwnPassword',
  'POST /api/v1/postmortems': 'createPostmortem',
  'GET /api/v1/postmortems': 'listPostmortems',
  'GET /api/v1/postmortems/{id}': 'getPostmortem',
  'PUT /api/v1/postmortems/{id}': 'replacePostmortem',
  'PATCH /api/v1/postmortems/{id}': 'patchPostmortem',
  'DELETE /api/v1/postmortems/{id}': 'deletePostmortem',
  'GET /api/v1/postmortems/{id}/lint': 'lintPostmortem',
  'POST /api/v1/postmortems/{id}/transitions': 'transitionPostmortem',
  'GET /api/v1/postmortems/{id}/approvals': 'listApprovals',
  'POST /api/v1/postmortems/{id}/approvals': 'approvePostmortem',
  'DELETE /api/v1/postmortems/{id}/approvals': 'withdrawApproval',
  'GET /api/v1/settings': 'getSettings',
  'GET /api/v1/auth/methods': 'getSignInMethods',
  'POST /api/v1/auth/oidc/start': 'startProviderSignIn',
  'GET /api/v1/settings/sign-in': 'getSignInSettings',
  'PUT /api/v1/settings/sign-in': 'setSignInSettings',
  'GET /api/v1/postmortems/{id}/revisions': 'listRevisions',
  'GET /api/v1/postmortems/{id}/revisions/{n}': 'getRevision',
  'GET /api/v1/postmortems/{id}/published': 'getPublishedRevision',
  'POST /api/v1/postmortems/{id}/revisions/{n}/restore': 'restoreRevision',
  'POST /api/v1/postmortems/{id}/timeline/import': 'importTimeline',
  'GET /api/v1/postmortems/{id}/comments': 'listComments',
  'POST /api/v1/postmortems/{id}/comments': 'addComment',
  'PATCH /api/v1/postmortems/{id}/comments/{commentId}': 'resolveCommentThread',
  'GET /api/v1/deleted-postmortems': 'listDeletedPostmortems',
  'POST /api/v1/deleted-postmortems/{id}/restore': 'restoreDeletedPostmortem',
  'GET /api/v1/action-items': 'listActionItems',
  'PATCH /api/v1/postmortems/{id}/action-items/{key}': 'setActionItemStatus',
  'POST /api/v1/postmortems/{id}/action-items/{key}/verify': 'verifyActionItem',
  'POST /api/v1/postmortems/{id}/action-items/{key}/ticket': 'fileActionItem',
  'GET /api/v1/postmortems/{id}/tickets': 'listTickets',
  'GET /api/v1/users': 'listUsers',
  'POST /api/v1/users': 'createUser',
  'PATCH /api/v1/users/{email}': 'updateUser',
  'PUT /api/v1/users/{email}/password': 'setUserPassword',
  'GET /api/v1/tokens': 'listTokens',
  'POST /api/v1/tokens': 'createToken',
  'DELETE /api/v1/tokens/{id}': 'revokeToken',
  'GET /api/v1/audit': 'listAuditEvents',
  'GET /api/v1/incidents': 'listIncidents',
  'POST /api/v1/incidents': 'recordIncident',
  'GET /api/v1/incidents/{id}': 'getIncident',
  'PATCH /api/v1/incidents/{id}': 'updateIncident',
  'GET /api/v1/incidents/{id}/revisions': 'listIncidentRevisions',
  'POST /api/v1/incidents/{id}/waiver': 'waiveIncident',
  'DELETE /api/v1/incidents/{id}/waiver': 'withdrawWaiver',
  'GET /api/v1/policy': 'getPolicy',
  'PUT /api/v1/policy': 'setPolicy',
  'GET /api/v1/policy/versions': 'listPolicyVersions',
  'GET /api/v1/policy/schema': 'getPolicySchema',
  'POST /api/v1/policy/check': 'checkPolicy',
  'GET /api/v1/teams': 'listTeams',
  'GET /api/v1/teams/{name}': 'getTeam',
  'PUT /api/v1/teams/{name}': 'putTeam',
  'DELETE /api/v1/teams/{name}': 'deleteTeam',
  'GET /api/v1/metrics/action-items': 'getCompletionRate',
  'GET /api/v1/postmortems/{id}/meeting-kit': 'getMeetingKit',
  'GET /api/v1/postmortems/{id}/meeting.ics': 'getMeetingInvitation',
  'GET /api/v1/dashboard': 'getDashboard',
  'GET /api/v1/digest': 'getDigest',
  'GET /api/v1/channels': 'listChannels',
  'POST /api/v1/channels': 'createChannel',
  'PUT /api/v1/channels/{id}': 'updateChannel',
  'DELETE /api/v1/channels/{id}': 'deleteChannel',
  'GET /api/v1/deliveries': 'listDeliveries',
  'GET /api/v1/integrations': 'listIntegrations',
  'POST /api/v1/integrations': 'createIntegration',
  'GET /api/v1/integrations/{id}': 'getIntegration',
  'PUT /api/v1/integrations/{id}': 'updateIntegration',
  'DELETE /api/v1/integrations/{id}': 'deleteIntegration',
  'POST /api/v1/integrations/{id}/test': 'testIntegration',
  'POST /api/v1/hooks/{kind}': 'receiveHook',
  'POST /api/v1/hooks/{kind}/{integrationId}': 'receiveIntegrationHook',
};

/** The name of the operation at a Fastify route (`:param` segments), or undefined when it has none yet. */
export function operationIdOf(method: string, url: string): string | undefined {
  return OPERATION_IDS[`${method.toUpperCase()} ${url.replace(/:(\w+)/g, '{$1}')}`];
}

/** Every named operation, `METHOD /path` (for the test that no name is left without its route). */
export function namedOperations(): string[] {
  return Object.keys(OPERATION_IDS);
}

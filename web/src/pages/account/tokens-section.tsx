/**
 * API tokens: on your account, yours (the list, an expired one marked; making one, shown once; revoking one); for
 * admins, everyone's, with whose each is, to revoke what should no longer work.
 */
import { useEffect, useRef, useState } from 'react';
import { ROLE_LABELS } from '../../account/roles.js';
import { listTokens, revokeToken } from '../../api/tokens.js';
import type { CreatedToken, Token } from '../../api/types.js';
import { ConfirmButton } from '../../components/confirm-button.js';
import { ErrorNote, Loading, StatusNote } from '../../components/notices.js';
import { TableHead } from '../../components/table-head.js';
import { formatLocal } from '../../editing/local-time.js';
import { useAction } from '../../hooks/use-action.js';
import { CreateTokenForm } from './create-token-form.js';
import { NewToken } from './new-token.js';

/** True when the token no longer works because its time is up. */
function expired(token: Token): boolean {
  return token.expiresAt !== null && Date.parse(token.expiresAt) <= Date.now();
}

function TokenRow({ token, everyone, onRevoke }: { token: Token; everyone: boolean; onRevoke(): void }) {
  return (
    <tr data-testid="token-row">
      {everyone ? <td>{token.email}</td> : null}
      <td>{token.name}</td>
      <td>{token.role === null ? (everyone ? 'None (its user’s role)' : 'None (your role)') : ROLE_LABELS[token.role]}</td>
      <td>
        <time dateTime={token.createdAt}>{formatLocal(token.createdAt)}</time>
      </td>
      <td>
        {token.expiresAt === null ? 'never' : <time dateTime={token.expiresAt}>{formatLocal(token.expiresAt)}</time>}
        {expired(token) ? <span className="badge badge-expired">expired</span> : null}
      </td>
      <td>{token.lastUsedAt === null ? 'never' : <time dateTime={token.lastUsedAt}>{formatLocal(token.lastUsedAt)}</time>}</td>
      <td>
        <ConfirmButton
          label={
            <>
              Revoke<span className="visually-hidden"> “{token.name}”</span>
            </>
          }
          question={everyone ? `Revoke ${token.email}’s token “${token.name}”?` : `Revoke the token “${token.name}”?`}
          confirmLabel="Revoke"
          onConfirm={onRevoke}
        >
          <p>Whatever uses it is refused from now on. This cannot be undone; make a new token if you need one again.</p>
        </ConfirmButton>
      </td>
    </tr>
  );
}

/** The section: the signed-in user's tokens, or with `everyone` (the admin's page) every user's, without the form to make one. */
export function TokensSection({ everyone = false }: { everyone?: boolean }) {
  const [tokens, setTokens] = useState<Token[] | null>(null);
  const [made, setMade] = useState<CreatedToken | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const revoke = useAction();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    listTokens(everyone).then(setTokens, setLoadError);
  }, [everyone]);

  const created = (token: CreatedToken) => {
    const { token: _secret, ...listed } = token;
    setMade(token);
    setDone(null);
    setTokens((current) => [listed, ...(current ?? [])]);
  };

  const revoked = async (token: Token) => {
    setDone(null);
    if (await revoke.run(() => revokeToken(token.id))) {
      setTokens((current) => current?.filter((t) => t.id !== token.id) ?? null);
      setDone(`Token “${token.name}” revoked.`);
      // Its row, and the button that had the focus, are gone: the keyboard goes on from the section.
      heading.current?.focus();
    }
  };

  return (
    <section className="panel" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading" ref={heading} tabIndex={-1}>
        {everyone ? 'Everyone’s API tokens' : 'API tokens'}
      </h2>
      <p className="section-hint">
        {everyone
          ? 'Every user’s tokens, newest first. Revoke one that leaked or that a script no longer needs; its user can make another.'
          : <>For scripts and CI: send one as <code>Authorization: Bearer …</code>. A token works until it expires or is revoked, and does what you may do (or less, if capped).</>}
      </p>
      {made === null ? null : <NewToken token={made} onDone={() => setMade(null)} />}
      <ErrorNote error={loadError ?? revoke.error} />
      <StatusNote message={done} />
      {tokens === null ? (
        loadError === null ? <Loading what={everyone ? 'the tokens' : 'your tokens'} /> : null
      ) : tokens.length === 0 ? (
        <p className="empty">{everyone ? 'No one has an API token.' : 'You have no API tokens.'}</p>
      ) : (
        <div className="table-scroll">
          <table className="list-table">
            <caption className="visually-hidden">{everyone ? 'Every user’s API tokens' : 'Your API tokens'}, newest first</caption>
            <TableHead columns={[...(everyone ? ['User'] : []), 'Name', 'Role cap', 'Created', 'Expires', 'Last used', '']} />
            <tbody>
              {tokens.map((token) => (
                <TokenRow key={token.id} token={token} everyone={everyone} onRevoke={() => void revoked(token)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {everyone ? null : <CreateTokenForm onCreated={created} />}
    </section>
  );
}

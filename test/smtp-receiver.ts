/**
 * A real SMTP server (smtp-server) on loopback for tests, keeping every mail it gets. It refuses recipients whose
 * address starts with `nobody@` (550), and asks for a password only when one is given.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail the server got: its envelope and raw text. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A running receiver: its port, the mails so far (in order), and how to stop it. */
export interface SmtpReceiver {
  port: number;
  mails: ReceivedMail[];
  close(): Promise<void>;
}

/** Starts a receiver on a free loopback port; with `auth`, only that user and password may send. */
export async function startSmtpReceiver(auth?: { user: string; pass: string }): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: auth === undefined ? ['STARTTLS', 'AUTH'] : ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(given, _session, callback) {
      if (given.username === auth?.user && given.password === auth?.pass) callback(null, { user: given.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      callback(address.address.startsWith('nobody@') ? Object.assign(new Error('No such user here'), { responseCode: 550 }) : null);
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        mails.push({ from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address, to: session.envelope.rcptTo.map((a) => a.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, mails, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

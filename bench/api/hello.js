// The ceiling of the API benchmark: a bare Fastify answering {"hello":"world"} on loopback, and at /10kb a
// constant JSON text the size of one benchmark postmortem (what sending such an answer costs by itself).
import Fastify from 'fastify';

const TEN_KB = JSON.stringify({ text: 'x'.repeat(10_240 - 11) });

const app = Fastify();
app.get('/', async () => ({ hello: 'world' }));
app.get('/10kb', async (_request, reply) => reply.type('application/json; charset=utf-8').send(TEN_KB));
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stderr.write(`listening on ${url}\n`);
process.once('SIGTERM', () => void app.close());

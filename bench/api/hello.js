// The ceiling of the API benchmark: a bare Fastify answering {"hello":"world"} on loopback.
import Fastify from 'fastify';

const app = Fastify();
app.get('/', async () => ({ hello: 'world' }));
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stderr.write(`listening on ${url}\n`);
process.once('SIGTERM', () => void app.close());

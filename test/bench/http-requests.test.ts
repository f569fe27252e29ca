// The bench's sequential requests: a request that gets no answer is counted with its reason and
// the run goes on (a dropped connection once lost every figure of a sharded run).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sequentialRequests } from '../../bench/http-requests.js';

describe('sequentialRequests', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/drop') { req.socket.destroy(); return; }
      res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'text/plain' }).end('answer');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('times every answered request and counts the others with their reason', async () => {
    const run = await sequentialRequests(base, ['/ok', '/drop', '/missing'], 6);
    expect(run.latency.samples).toBe(4);
    expect(run.failures).toBe(4);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^GET \/drop: fetch failed \(.+\)$/);
    expect(run.meanBytes).toBe((4 * 'answer'.length) / 6);
  });

  it('reports a clean run as such', async () => {
    const run = await sequentialRequests(base, ['/ok'], 3);
    expect(run).toMatchObject({ failures: 0, errors: [], latency: { samples: 3 } });
  });
});

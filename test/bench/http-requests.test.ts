// The bench's sequential requests: a request that gets no answer ends the run with its reason,
// the figures so far kept (a runtime that hung once held a bench run for good).
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
      if (req.url === '/hang') return;
      res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'text/plain' }).end('answer');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

  it('times the answered requests, counts the others, and stops at the first with no answer', async () => {
    const run = await sequentialRequests(base, ['/ok', '/missing', '/drop', '/ok'], 8);
    expect(run.latency.samples).toBe(2);
    expect(run.failures).toBe(1 + 6);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^GET \/drop: fetch failed \(.+\); the 5 requests after it were not sent$/);
    expect(run.meanBytes).toBe('answer'.length);
  });

  it('gives up on a server that does not answer in time', async () => {
    const run = await sequentialRequests(base, ['/ok', '/hang'], 4, 200);
    expect(run.latency.samples).toBe(1);
    expect(run.failures).toBe(3);
    expect(run.errors[0]).toMatch(/^GET \/hang: .*(timeout|aborted)/i);
  });

  it('reports a clean run as such', async () => {
    const run = await sequentialRequests(base, ['/ok'], 3);
    expect(run).toMatchObject({ failures: 0, errors: [], latency: { samples: 3 } });
  });
});

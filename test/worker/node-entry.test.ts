// The Node entry as `npm start` runs it: compiled to JavaScript and run by plain node (no
// TypeScript loader), answering like the app, compressed when asked; and every fault at
// start-up stops it with status 1 and one line naming the real path, item or setting.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../core/schema.js';
import { createApp } from '../../server/app.js';
import { loadCorpus, type CorpusFiles } from '../../server/corpus.js';
import { buildNodeEntry, NODE_BUNDLE } from '../../scripts/build-node.js';
import { smallCorpusFiles, SMALL_ITEMS } from '../support/small-corpus.js';
import { freePort, PROJECT_ROOT } from './wrangler-process.js';

const files = smallCorpusFiles();
const scratch = mkdtempSync(join(tmpdir(), 'node-entry-'));

function writeCorpus(name: string, corpus: Partial<CorpusFiles>): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  const names: Record<keyof CorpusFiles, string> = { items: 'items.json', documents: 'documents.json', searchIndex: 'search-index.json', stats: 'stats.json' };
  for (const [key, text] of Object.entries(corpus)) writeFileSync(join(dir, names[key as keyof CorpusFiles]), text);
  return dir;
}

interface Run { child: ChildProcess; output: () => string }

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Run {
  // Its own process group, so that stopping it stops what it started (npm → sh → node).
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output };
}

async function serving(started: Run, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const url = /Serving .* on (http:\/\/127\.0\.0\.1:\d+)/.exec(started.output())?.[1];
    if (url) return url;
    if (started.child.exitCode !== null || Date.now() > deadline) throw new Error(`did not serve:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stop(started: Run): Promise<void> {
  if (started.child.exitCode !== null || started.child.signalCode !== null) return;
  process.kill(-started.child.pid!, 'SIGTERM');
  await once(started.child, 'exit');
}

async function exitOf(started: Run): Promise<{ code: number | null; output: string }> {
  if (started.child.exitCode === null) await once(started.child, 'exit');
  return { code: started.child.exitCode, output: started.output() };
}

const commandLine = (pid: number): string[] => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
};

/** Processes under `root` (Linux /proc), found through their parent ids. */
function descendantsOf(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* exited meanwhile */ }
  }
  const under = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  return [...parent.keys()].filter(under);
}

let bundle = '';
const outfile = `dist/test-node-entry-${process.pid}/server.js`;

beforeAll(async () => {
  bundle = await buildNodeEntry(outfile);
}, 60_000);

afterAll(() => {
  rmSync(join(PROJECT_ROOT, outfile, '..'), { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('the compiled Node entry', () => {
  let server: Run;
  let url = '';
  const corpusDir = writeCorpus('good', files);

  beforeAll(async () => {
    server = run(process.execPath, [bundle], { CORPUS_DIR: corpusDir, PORT: String(await freePort()) });
    url = await serving(server);
  }, 60_000);
  afterAll(async () => stop(server));

  it('is JavaScript that plain node runs, with no TypeScript loader', () => {
    expect(bundle.endsWith('.js')).toBe(true);
    expect(readFileSync(bundle, 'utf8')).not.toMatch(/\binterface \w+ \{|: string\b/);
    expect(server.output()).toContain(`Serving ${corpusDir} on ${url}`);
  });

  it('answers like the app', async () => {
    const app = createApp(loadCorpus(files));
    for (const path of ['/api/documents', '/api/search?type=task', '/api/items/nope', '/api/search?limit=-1']) {
      const viaNode = await fetch(url + path);
      const direct = await app.request(path);
      expect(viaNode.status, path).toBe(direct.status);
      expect(viaNode.headers.get('etag'), path).toBe(direct.headers.get('etag'));
      const strip = (body: { tookMs?: number }) => ({ ...body, tookMs: 0 });
      expect(strip(await viaNode.json()), path).toEqual(strip(await direct.json()));
    }
  });

  // node:http, not fetch: fetch decompresses on its own and hides Content-Encoding.
  const raw = (path: string, acceptEncoding?: string) => new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    import('node:http').then(({ get }) => {
      get(url + path, { headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', fail);
    }, fail);
  });

  it.each<[string | undefined, string | undefined, (b: Buffer) => Buffer]>([
    ['gzip', 'gzip', gunzipSync],
    ['gzip, deflate, br', 'gzip', gunzipSync],
    ['deflate', 'deflate', inflateSync],
    ['br', undefined, (b) => b],
    ['identity', undefined, (b) => b],
    [undefined, undefined, (b) => b],
  ])('Accept-Encoding %s → Content-Encoding %s', async (accept, encoding, decode) => {
    const path = '/api/search?limit=100&format=csv';
    const plain = await raw(path, 'identity');
    const answer = await raw(path, accept);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(decode(answer.body).toString('utf8')).toBe(plain.body.toString('utf8'));
    if (encoding) expect(answer.body.length).toBeLessThan(plain.body.length / 2);
  });

  it('sends a 304 without a body to compress', async () => {
    const etag = (await fetch(`${url}/api/documents`)).headers.get('etag')!;
    const notModified = await fetch(`${url}/api/documents`, { headers: { 'If-None-Match': etag, 'Accept-Encoding': 'gzip' } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('content-encoding')).toBeNull();
  });
});

describe('start-up faults stop the Node entry, naming what is wrong', () => {
  const start = (env: NodeJS.ProcessEnv) => exitOf(run(process.execPath, [bundle], env));
  const items = JSON.parse(files.items) as Item[];
  const noStack = (output: string) => expect(output).not.toMatch(/^\s+at /m);

  it('a CORPUS_DIR that does not exist', async () => {
    const missing = join(scratch, 'no-such-folder');
    const { code, output } = await start({ CORPUS_DIR: missing, PORT: '0' });
    expect(code).toBe(1);
    expect(output).toContain(`${missing}: no such corpus folder`);
    noStack(output);
  });

  it.each(['stats.json', 'items.json', 'search-index.json', 'documents.json'])('a corpus without %s', async (name) => {
    const dir = writeCorpus(`without-${name}`, files);
    unlinkSync(join(dir, name));
    const { code, output } = await start({ CORPUS_DIR: dir, PORT: '0' });
    expect(code).toBe(1);
    expect(output).toContain(`${join(dir, name)}: missing from the corpus folder`);
    noStack(output);
  });

  it('an items.json edited by hand after indexing (the index no longer describes it)', async () => {
    const edited = items.map((item, i) => (i === 3 ? { ...item, text: `${item.text} Edited.` } : item));
    const dir = writeCorpus('edited', { ...files, items: JSON.stringify(edited, null, 1) });
    const { code, output } = await start({ CORPUS_DIR: dir, PORT: '0' });
    expect(code).toBe(1);
    expect(output).toContain(`${join(dir, 'items.json')}: item 3 (id ${JSON.stringify(SMALL_ITEMS[3].id)}) differs from the item the search snapshot was built from`);
    noStack(output);
  });

  it('an item that fails the schema', async () => {
    const broken = items.map((item, i) => (i === 1 ? { ...item, urgency: 'maybe' } : item));
    const dir = writeCorpus('broken', { ...files, items: JSON.stringify(broken) });
    const { code, output } = await start({ CORPUS_DIR: dir, PORT: '0' });
    expect(code).toBe(1);
    expect(output).toContain(`${join(dir, 'items.json')}: item 1 (id ${JSON.stringify(SMALL_ITEMS[1].id)}) fails the item schema`);
    noStack(output);
  });

  it('a PORT that is not a number, and one that is in use', async () => {
    const dir = writeCorpus('port', files);
    const bad = await start({ CORPUS_DIR: dir, PORT: '80a' });
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('PORT="80a" is not a port number');
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    try {
      const port = (taken.address() as { port: number }).port;
      const busy = await start({ CORPUS_DIR: dir, PORT: String(port) });
      expect(busy.code).toBe(1);
      expect(busy.output).toContain(`port ${port} on 127.0.0.1 is in use`);
      noStack(busy.output);
    } finally {
      taken.close();
    }
  });
});

describe('npm start', () => {
  it('with CORPUS_DIR naming a missing folder stops, naming it, and builds nothing into it', async () => {
    const missing = join(scratch, 'never-built');
    const { code, output } = await exitOf(run('npm', ['start', '--silent'], { CORPUS_DIR: missing, PORT: '0' }));
    expect(code).not.toBe(0);
    expect(output).toContain(`${missing}: no such corpus folder`);
    expect(existsSync(missing)).toBe(false);
  }, 120_000);

  it('serves a prepared CORPUS_DIR as is from the compiled entry, with no TypeScript loader in the serving process', async () => {
    const dir = writeCorpus('npm-start', files);
    const before = readdirSync(dir).sort();
    const started = run('npm', ['start', '--silent'], { CORPUS_DIR: dir, PORT: String(await freePort()) });
    try {
      const url = await serving(started, 120_000);
      expect(started.output()).toContain('serving that corpus as it is (never rebuilt)');
      expect((await fetch(`${url}/api/documents`)).status).toBe(200);
      const server = descendantsOf(started.child.pid!).map(commandLine).find((argv) => argv.includes(NODE_BUNDLE));
      expect(server, `npm start runs ${NODE_BUNDLE}`).toBeDefined();
      expect(server![0]).toMatch(/node$/);
      expect(server!.join(' ')).not.toMatch(/tsx|\.ts\b/);
      expect(readdirSync(dir).sort()).toEqual(before);
    } finally {
      await stop(started);
    }
  }, 120_000);
});

// The workerd config that serves a sharded deployment without wrangler dev: every binding the
// coordinator's wrangler.toml names must reach a shard Worker built from the shards' configs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceBindings, shardedConfig } from '../../bench/workerd-sharded.js';

const coordinatorToml = ['name = "x-coordinator"', 'main = "coordinator.ts"', 'compatibility_date = "2026-04-01"', '',
  '[[services]]', 'binding = "SHARD_0"', 'service = "x-shard-0"', '', '[[services]]', 'binding = "SHARD_1"', 'service = "x-shard-1"', ''].join('\n');
const shardToml = (k: number) => [`name = "x-shard-${k}"`, 'main = "worker.ts"', 'compatibility_date = "2026-04-01"', ''].join('\n');

describe('sharded workerd config', () => {
  it('reads the coordinator\'s service bindings, and refuses a block without a name', () => {
    expect([...serviceBindings(coordinatorToml)]).toEqual([['SHARD_0', 'x-shard-0'], ['SHARD_1', 'x-shard-1']]);
    expect(() => serviceBindings('[[services]]\nbinding = "SHARD_0"\n')).toThrow('names no binding or service');
  });

  it('binds each shard by name, gives shards the KV and cache stand-ins, and puts the coordinator on the socket', () => {
    const base = mkdtempSync(join(tmpdir(), 'workerd-sharded-test-'));
    try {
      const bundle = (service: string, files: string[]) => {
        mkdirSync(join(base, service));
        for (const file of files) writeFileSync(join(base, service, file), '');
        return join(base, service);
      };
      const coordinator = { name: 'x-coordinator', service: 'coordinatorWorker', dir: bundle('coordinatorWorker', ['coordinator.js', 'h-coordinator.json', 'coordinator.js.map']), toml: coordinatorToml };
      const shards = [0, 1].map((k) => ({ name: `x-shard-${k}`, service: `shardWorker${k}`, dir: bundle(`shardWorker${k}`, ['worker.js', 'h-search-index.bin', 'h-shard-links.json']), toml: shardToml(k) }));
      const config = shardedConfig(coordinator, shards, base, 8001, 8002, 8003);
      expect(config).toContain('(name = "SHARD_0", service = "x-shard-0")');
      expect(config).toContain('(name = "SHARD_1", service = "x-shard-1")');
      expect(config).toContain('(name = "x-shard-1", worker = .shardWorker1)');
      expect(config).toContain('sockets = [ (name = "http", address = "127.0.0.1:8001", http = (), service = "coordinator") ]');
      expect(config).toContain('(name = "items-kv", external = (address = "127.0.0.1:8002", http = ()))');
      expect(config).toContain('(name = "edge-cache", external = (address = "127.0.0.1:8003", http = ()))');
      expect(config.match(/\(name = "ITEMS", kvNamespace = "items-kv"\)/g)).toHaveLength(2);
      expect(config.match(/cacheApiOutbound = "edge-cache"/g)).toHaveLength(2);
      expect(config).toContain('(name = "h-search-index.bin", data = embed "shardWorker0/h-search-index.bin")');
      expect(config).toContain('(name = "h-shard-links.json", text = embed "shardWorker0/h-shard-links.json")');
      expect(config).not.toContain('.map');
      // The entry comes first: workerd runs a Worker's first module.
      expect(config.indexOf('"worker.js", esModule')).toBeLessThan(config.indexOf('"h-search-index.bin", data'));
      expect(() => shardedConfig(coordinator, shards.slice(0, 1), base, 1, 2, 3)).toThrow('the coordinator\'s SHARD_1 names x-shard-1, which is not among the shards built');
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

// The slice of autocannon's API the load test uses (the package ships no types).
declare module 'autocannon' {
  interface Percentiles { average: number; mean: number; max: number; p50: number; p90: number; p97_5: number; p99: number; total?: number; sent?: number }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    requests?: { method?: string; path: string; headers?: Record<string, string> }[];
    timeout?: number;
  }
  interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    '5xx': number;
    duration: number;
    latency: Percentiles;
    requests: Percentiles;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}

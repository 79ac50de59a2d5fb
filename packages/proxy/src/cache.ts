/** A good reading, when it was fetched and its entity tag. */
export interface Entry<R extends { body: string } = { body: string }> {
  reading: R;
  etag: string;
  fetchedAt: number;
}

/** What the cache has for a key: a reading (fresh or not), or nothing, with when to ask again. */
export type Lookup<R extends { body: string } = { body: string }> =
  { entry: Entry<R>; age: number } | { entry: undefined; retryAfter: number };

export interface CacheTimes {
  /** How long a reading is fresh, in ms. */
  ttl: number;
  /** How long after that a reading is served while one refresh runs in the background, in ms. */
  staleWhileRevalidate: number;
  /** How long after `ttl` a reading is still served when the upstream fails, in ms. */
  staleIfError: number;
  /** How long a failure is remembered (no new upstream request for the key), in ms. */
  failureTtl: number;
  now: () => number;
}

interface Slot<R extends { body: string }> {
  entry?: Entry<R>;
  failedAt?: number;
  inflight?: Promise<void>;
}

/** A strong entity tag from the body's SHA-256 (Web Crypto: Node, Deno, Bun and edge runtimes alike). */
async function etagOf(body: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)),
  );
  let binary = '';
  for (const byte of digest.subarray(0, 18)) binary += String.fromCharCode(byte);
  return `"${btoa(binary).replaceAll('+', '-').replaceAll('/', '_')}"`;
}

/**
 * One upstream request per key and interval, however many callers: concurrent callers share the request in
 * flight (single-flight), later ones the cached reading. Keys come from an allowlist, so the map is bounded.
 */
export class ReadingCache<R extends { body: string }> {
  readonly #slots = new Map<string, Slot<R>>();
  readonly #load: (key: string) => Promise<R>;
  readonly #maxKeys: number;
  readonly #times: CacheTimes;
  readonly #onError: (key: string, error: unknown) => void;
  #upstreamCalls = 0;

  constructor(
    load: (key: string) => Promise<R>,
    times: CacheTimes,
    onError: (key: string, error: unknown) => void = () => {},
    maxKeys = 1000,
  ) {
    this.#load = load;
    this.#maxKeys = maxKeys;
    this.#times = times;
    this.#onError = onError;
  }

  /** Upstream requests made so far (for benchmarks and health checks). */
  get upstreamCalls(): number {
    return this.#upstreamCalls;
  }

  /** The entry for `key` if one is cached (fresh or not), without any upstream request. */
  peek(key: string): Entry<R> | undefined {
    return this.#slots.get(key)?.entry;
  }

  async get(key: string): Promise<Lookup<R>> {
    const { ttl, staleWhileRevalidate, staleIfError, failureTtl, now } = this.#times;
    let slot = this.#slots.get(key);
    if (!slot) {
      // Keys come from allowlists; for ones that change over time (warning ids) the oldest key goes first.
      if (this.#slots.size >= this.#maxKeys) {
        const oldest = this.#slots.keys().next().value;
        if (oldest !== undefined) this.#slots.delete(oldest);
      }
      this.#slots.set(key, (slot = {}));
    }
    const failing = () => slot.failedAt !== undefined && now() - slot.failedAt < failureTtl;
    const age = () => (slot.entry ? now() - slot.entry.fetchedAt : Infinity);

    if (age() >= ttl && !failing()) {
      const refresh = this.#refresh(slot, key);
      // Within stale-while-revalidate the visitor gets the old reading now; the refresh runs for the next one.
      if (age() >= ttl + staleWhileRevalidate) await refresh;
    }
    const entry = slot.entry;
    if (entry && age() < ttl + Math.max(staleWhileRevalidate, staleIfError))
      return { entry, age: age() };
    const retryAfter = slot.failedAt === undefined ? 0 : slot.failedAt + failureTtl - now();
    return { entry: undefined, retryAfter: Math.max(1000, retryAfter) };
  }

  #refresh(slot: Slot<R>, key: string): Promise<void> {
    if (slot.inflight) return slot.inflight;
    this.#upstreamCalls++;
    const run = (async () => {
      try {
        const reading = await this.#load(key);
        slot.entry = { reading, etag: await etagOf(reading.body), fetchedAt: this.#times.now() };
        slot.failedAt = undefined;
      } catch (error) {
        slot.failedAt = this.#times.now();
        this.#onError(key, error);
      }
    })();
    slot.inflight = run;
    // Cleared when it ends, however it ends (a load that throws synchronously included).
    void run.finally(() => {
      if (slot.inflight === run) slot.inflight = undefined;
    });
    return run;
  }
}

/**
 * A small seeded PRNG (sfc32) and the helpers the generator needs. Math.random is never used for data:
 * the same seed must give the same records byte for byte on every machine.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  hex(length: number): string;
  uuid(): string;
}

/** FNV-1a over the parts, so a seed and names mix into one 32-bit value. */
export function hashSeed(...parts: (string | number)[]): number {
  const text = parts.join('\u0000');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32's finalizer: spreads one 32-bit value into well-mixed, independent-looking words. */
function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A stream for the given seed parts (hashed once). */
export function createRng(...seedParts: (string | number)[]): Rng {
  return rngFromHash(hashSeed(...seedParts));
}

/**
 * A stream from an already hashed seed; `derive` adds a number (e.g. a record id) without hashing
 * strings again, which matters when a stream is made per record.
 */
export function rngFromHash(hash: number, derive = 0): Rng {
  return new Sfc32(mix32((hash ^ Math.imul(derive, 0x27d4eb2d)) >>> 0), derive);
}

/** A class rather than closures: one stream per record must not allocate a set of functions. */
class Sfc32 implements Rng {
  #a: number;
  #b: number;
  #c: number;
  #d = 1;

  constructor(base: number, derive: number) {
    this.#a = mix32(base);
    this.#b = mix32(this.#a ^ 0x5bd1e995);
    this.#c = mix32(this.#b ^ derive);
    // sfc32 needs a few rounds before its output stops echoing the seed.
    for (let i = 0; i < 12; i++) this.#word();
  }

  next(): number {
    return this.#word() / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length) out += this.#hex8();
    return out.slice(0, length);
  }

  uuid(): string {
    const h = this.#hex8() + this.#hex8() + this.#hex8() + this.#hex8();
    const variant = '89ab'[this.#word() & 3] ?? '8';
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  #word(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  // A table beats Number#toString(16), which takes a slow path for values above 2^31.
  #hex8(): string {
    const w = this.#word();
    return (
      (BYTE_HEX[w >>> 24] as string) +
      BYTE_HEX[(w >>> 16) & 255] +
      BYTE_HEX[(w >>> 8) & 255] +
      BYTE_HEX[w & 255]
    );
  }
}

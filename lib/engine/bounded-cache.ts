// A string-keyed cache bounded by the total length of its keys, so long-lived tabs keep a fixed memory budget.
/**
 * Least recently used entries go first. The budget is in key characters because every cache here stores
 * a value proportional to its key's text (tokens, tags, findings of that line or sentence).
 */
/**
 * A copy of `s` that keeps no larger string alive. V8 represents a slice of 13 or more characters as a view of
 * its parent, so anything cached that was cut from a draft (a line, its tokens) pins that whole draft as it was
 * then; concatenating first makes V8 flatten into a fresh string holding just these characters.
 */
export function ownString(s: string): string {
  return (' ' + s).slice(1);
}

export class BoundedCache<V> {
  private readonly map = new Map<string, { key: string; value: V }>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(key: string): V | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    // Refresh its place: the lines around the caret stay while stale versions of the edited line age out.
    // It goes back under its own flat key; the caller's key may be a slice that pins a whole draft.
    this.map.delete(key);
    this.map.set(entry.key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    if (this.map.has(key)) this.delete(key);
    // Keys are usually slices of a whole draft: one cached sentence would pin the entire draft as it was then.
    const own = ownString(key);
    this.map.set(own, { key: own, value });
    this.chars += key.length;
    while (this.chars > this.maxChars && this.map.size > 1) this.delete(this.map.keys().next().value as string);
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }

  get size(): number {
    return this.map.size;
  }

  private delete(key: string): void {
    if (this.map.delete(key)) this.chars -= key.length;
  }
}

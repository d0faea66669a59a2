// BoundedCache keeps the most recently used entries within a budget of key characters.
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../lib/engine/bounded-cache';

describe('BoundedCache', () => {
  it('evicts the least recently used entries once the keys exceed the budget', () => {
    const c = new BoundedCache<number>(10);
    c.set('aaaa', 1);
    c.set('bbbb', 2);
    expect(c.get('aaaa')).toBe(1); // now the most recent
    c.set('cccc', 3);
    expect(c.get('bbbb')).toBeUndefined();
    expect(c.get('aaaa')).toBe(1);
    expect(c.get('cccc')).toBe(3);
  });

  it('keeps a single entry larger than the budget, and counts a replaced key once', () => {
    const c = new BoundedCache<string>(4);
    c.set('a long key', 'x');
    expect(c.get('a long key')).toBe('x');
    const d = new BoundedCache<number>(8);
    d.set('abcd', 1);
    d.set('abcd', 2);
    d.set('efgh', 3);
    expect([d.get('abcd'), d.get('efgh'), d.size]).toEqual([2, 3, 2]);
    d.clear();
    expect(d.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { Latest } from '../../entrypoints/popup/opening';

describe('Latest', () => {
  it('gives a follower nothing before a value, then every value', () => {
    const latest = new Latest<number>();
    const seen: number[] = [];
    latest.follow((v) => seen.push(v));
    latest.set(1);
    latest.set(2);
    expect(seen).toEqual([1, 2]);
  });

  it('gives a late follower the latest value at once, and stops after unfollowing', () => {
    const latest = new Latest<string>();
    latest.set('a');
    latest.set('b');
    const seen: string[] = [];
    const unfollow = latest.follow((v) => seen.push(v));
    expect(seen).toEqual(['b']);
    unfollow();
    latest.set('c');
    expect(seen).toEqual(['b']);
  });
});

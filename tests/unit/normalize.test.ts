import { describe, expect, it } from 'vitest';
import { aliasKey, splitWords } from '../../lib/match/normalize';

function keys(text: string) {
  const words = splitWords(text);
  return Array.from({ length: words.count }, (_, i) => words.key[i]);
}

describe('splitWords', () => {
  it('folds case and diacritics', () => {
    expect(keys('Khāmeneʾi IRÁN')).toEqual(['khamene\'i', 'iran']);
  });

  it('joins a word across soft hyphens and zero-width spaces, but not at its edges', () => {
    expect(keys('Kha\u00admenei Te\u200bhran \u00adIran')).toEqual(['khamenei', 'tehran', 'iran']);
  });

  it('treats every apostrophe form alike and splits off possessives', () => {
    const words = splitWords("Iran’s Khamenei's the Saudis' U.S.'s");
    expect(Array.from({ length: words.count }, (_, i) => [words.key[i], words.possessive[i]])).toEqual([
      ['iran', true],
      ['khamenei', true],
      ['the', false],
      ['saudis', true],
      ['u.s', true],
    ]);
  });

  it('keeps the periods of initialisms but not a full stop', () => {
    expect(keys('The U.S. and the E.U. met. Then')).toEqual(['the', 'u.s', 'and', 'the', 'e.u', 'met', 'then']);
  });

  it('maps offsets to the original text, possessive ending excluded', () => {
    const text = 'See Khamenei’s view';
    const words = splitWords(text);
    expect(text.slice(words.start[1], words.end[1])).toBe('Khamenei');
  });

  it('unifies Arabic and Persian letter variants and drops tatweel and short vowels', () => {
    expect(keys('ايران')).toEqual(keys('ایران'));
    expect(keys('كرمان')).toEqual(keys('کرمان'));
    expect(keys('ایـــران')).toEqual(keys('ایران'));
    expect(keys('خَامِنه‌ای')).toEqual(['خامنهای']);
  });

  it('joins a word broken by a hyphen at a line end, but not a hyphenated compound', () => {
    expect(keys('Khame-\nnei and Kha-\r\n  menei')).toEqual(['khamenei', 'and', 'khamenei']);
    expect(keys('US-\nIran well- known')).toEqual(['us', 'iran', 'well', 'known']);
  });

  it('splits on hyphens and punctuation', () => {
    expect(keys('US-Iran talks, (JCPOA)')).toEqual(['us', 'iran', 'talks', 'jcpoa']);
  });
});

describe('aliasKey', () => {
  it('gives one identity to forms that only differ in case, accents or apostrophes', () => {
    expect(aliasKey("Khamene'i")).toBe(aliasKey('KHAMENE’I'));
    expect(aliasKey('Irán')).toBe(aliasKey('iran'));
    expect(aliasKey('  Saudi   Arabia ')).toBe('saudi arabia');
  });
});

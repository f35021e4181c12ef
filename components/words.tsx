/**
 * The interface's words. Components call no extension API, so the page that renders them hands
 * them its translator (the browser's i18n through @wxt-dev/i18n, locales/*.yml) in a context,
 * with the language the interface speaks, its direction and how it writes a date.
 */
import type { i18n } from '#i18n';
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { formatDate } from '../lib/dates';

export type Translate = typeof i18n.t;

export interface Words {
  t: Translate;
  /** The language the interface speaks (`en`, `fa`): the locale the browser chose of ours. */
  language: string;
  dir: 'ltr' | 'rtl';
  /** A pack's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as the interface writes it. */
  date(date: string): string;
  /** A count as the interface writes it: Persian in its own digits, as its dates are. */
  number(n: number): string;
}

/**
 * The words of a translator. The language and direction are the locale files' own (`language`,
 * `dir`), not the browser's: a browser in a language we do not speak gets English, left to right.
 */
export function wordsOf(translate: Translate): Words {
  // English if the message is missing: a locale's number format needs a language.
  const language = translate('language') || 'en';
  const digits = new Intl.NumberFormat(language, { useGrouping: false });
  const number = (n: number) => digits.format(n);
  // Numbers in a sentence are written in the interface's digits too.
  const written = (value: unknown) => (typeof value === 'number' ? number(value) : value);
  const t = ((key: string, ...args: unknown[]) => {
    const count = args.find((arg): arg is number => typeof arg === 'number');
    const subs = args.find((arg): arg is unknown[] => Array.isArray(arg));
    return (translate as (key: string, ...args: unknown[]) => string)(key, ...(count === undefined ? [] : [count]), (subs ?? (count === undefined ? [] : [count])).map(written));
  }) as Translate;
  return { t, language, dir: translate('dir') === 'rtl' ? 'rtl' : 'ltr', date: (date) => formatDate(date, language), number };
}

/** Until a page provides its words, keys show as themselves: a missing provider is plain to see. */
const UNPROVIDED: Words = { t: ((key: string) => key) as Translate, language: 'en', dir: 'ltr', date: (date) => formatDate(date), number: String };

const WordsContext = createContext<Words>(UNPROVIDED);

export function WordsProvider({ words, children }: { words: Words; children: ComponentChildren }) {
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}

export function useWords(): Words {
  return useContext(WordsContext);
}

/** Gives a document the interface's language and direction. */
export function speak(doc: Document, words: Words): void {
  doc.documentElement.lang = words.language;
  doc.documentElement.dir = words.dir;
}

/**
 * Text of its own direction set inside a sentence (a name, a title, the page's words): wrapped in
 * Unicode's first-strong isolate, so that a Persian name keeps its place in an English sentence
 * and an English one in a Persian sentence.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * The interface's words as the browser gives them, for components rendered in unit tests: the
 * locale files read as the build reads them, with Chrome's `$1` substitutions and the i18n
 * module's plural forms (`one | many`).
 */
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { wordsOf, WordsProvider, type Translate, type Words } from '../../components/words';

/** Every message of a locale file, by its key (`card.why`). */
export async function messagesOf(language: string): Promise<Map<string, string>> {
  const parsed = await parseMessagesFile(join(__dirname, `../../locales/${language}.yml`));
  const messages = new Map<string, string>();
  for (const message of parsed) {
    const text = message.type === 'plural' ? Object.values(message.plurals).join(' | ') : String((message as { message?: unknown }).message ?? '');
    messages.set(message.key.join('.'), text);
  }
  return messages;
}

export async function wordsIn(language: string): Promise<Words> {
  const messages = await messagesOf(language);
  const t = ((key: string, ...args: unknown[]) => {
    const count = args.find((a): a is number => typeof a === 'number');
    const subs = (args.find(Array.isArray) as unknown[] | undefined) ?? (count === undefined ? [] : [count]);
    let message = messages.get(key);
    if (message === undefined) throw new Error(`no message ${key} in ${language}`);
    if (count !== undefined) {
      const forms = message.split(' | ');
      message = forms.length === 2 ? forms[count === 1 ? 0 : 1]! : forms.length === 3 ? forms[Math.min(count, 2)]! : forms[0]!;
    }
    return message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  }) as Translate;
  return wordsOf(t);
}

const english = await wordsIn('en');

/** Renders with the English words, or the words given. */
export function renderWithWords(ui: ComponentChildren, words: Words = english) {
  return render(<WordsProvider words={words}>{ui}</WordsProvider>);
}

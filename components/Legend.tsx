/**
 * What the marks' colours mean: each type's name, marked exactly as Backstory marks pages (the
 * same highlight styles, lib/page/highlights.css, painted with the CSS Custom Highlight API in
 * the reader's chosen style). Shown on the welcome page, beside "What to mark" in the options
 * and at the foot of the popup. The word beside each mark says its type, so colour is never the
 * only cue.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import '../lib/page/highlights.css';
import { ENTITY_TYPES } from '../data/vocabulary';
import { Highlighter } from '../lib/page/highlights';
import type { HighlightStyle } from '../lib/settings';
import { useWords } from './words';

interface Props {
  style?: HighlightStyle;
  compact?: boolean;
}

export function Legend({ style = 'underline', compact = false }: Props) {
  const { t } = useWords();
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const root = list.current;
    if (!root || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const byType = new Map<string, AbstractRange[]>();
    for (const sample of root.querySelectorAll<HTMLElement>('[data-type]')) {
      const range = document.createRange();
      range.selectNodeContents(sample);
      byType.set(sample.dataset.type!, [range]);
    }
    const highlighter = new Highlighter(CSS.highlights);
    // "None" marks nothing on pages; the legend still shows what the colours would be.
    highlighter.paint(style === 'none' ? 'underline' : style, byType);
    return () => highlighter.clear();
  }, [style]);

  return (
    <ul ref={list} class={`bs-legend${compact ? ' bs-legend-compact' : ''}`} aria-label={t('legend')}>
      {ENTITY_TYPES.map((type) => (
        <li key={type}>
          <span data-type={type}>{t(`types.${type}`)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The content script: runs in every frame, finds the story's mentions in the page's text,
 * paints them, and shows a card on hover. It changes nothing in the page but the highlight
 * registry and, once a card is first needed, one UI host element.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { bundledPacks } from '../../data';
import { compileKnowledge } from '../../lib/knowledge/compile';
import { parseMessage, type MentionsReply, type OpenStory, type ReportMentions } from '../../lib/messages';
import { MentionIndex } from '../../lib/page/hit-test';
import { Highlighter, adoptHighlightStyles } from '../../lib/page/highlights';
import { PageScanner, type PageMention } from '../../lib/page/scanner';
import { pageTheme } from '../../lib/page/theme';
import { HoverController } from './hover';
import highlightCss from './highlights.css?inline';
import './highlights.css';
import { idleClock } from './idle-clock';
import { Tooltip } from './Tooltip';
import { ensureUiHost, type UiHost } from './ui-host';

const OPEN_DELAY_MS = 150;
const CLOSE_DELAY_MS = 250;
const TOOLTIP_ID = 'backstory-card';
const FOCUS_HIGHLIGHT = 'backstory-focus';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const doc = document;
    const knowledge = compileKnowledge(bundledPacks);
    const highlighter = new Highlighter(CSS.highlights);
    const shadowRoots: ShadowRoot[] = [];
    let ui: UiHost | null = null;
    let mentions: PageMention[] = [];
    let index = new MentionIndex([]);

    const reply = (): MentionsReply => {
      const stats = scanner.getStats();
      return {
        mentions: mentions.map((m) => ({
          entityId: knowledge.entities[m.mention.entity]!.entity.id,
          text: m.text,
          how: m.mention.how,
        })),
        stats: {
          passages: stats.passages,
          characters: stats.characters,
          mentions: mentions.length,
          entities: new Set(mentions.map((m) => m.mention.entity)).size,
          scanMs: Math.round(stats.firstScanMs * 100) / 100,
          longestTaskMs: Math.round(stats.longestSliceMs * 100) / 100,
          done: stats.firstScanDone && !scanner.busy,
        },
      };
    };

    const report = () => {
      const message: ReportMentions = { type: 'backstory:report-mentions', ...reply() };
      // The background may be asleep or reloading; a lost report is resent after the next scan.
      browser.runtime.sendMessage(message).catch(() => {});
    };

    const paint = () => {
      const byType = new Map<string, AbstractRange[]>();
      for (const m of mentions) {
        const type = knowledge.entities[m.mention.entity]!.entity.type;
        const list = byType.get(type) ?? [];
        list.push(m.range);
        byType.set(type, list);
      }
      highlighter.paint('underline', byType);
    };

    const scanner = new PageScanner(() => doc.body ?? doc.documentElement, idleClock(window), {
      knowledge,
      exclude: () => ui?.host ?? null,
      onSettled(found) {
        mentions = found;
        ordered = null;
        index = new MentionIndex(found);
        paint();
        const open = hover.openMention;
        if (open && !found.some((m) => sameMention(m, open))) hover.closeNow();
        report();
      },
      onShadowRoot(root) {
        if (shadowRoots.includes(root)) return;
        shadowRoots.push(root);
        adoptHighlightStyles(root, highlightCss);
        observer.observe(root, OBSERVED);
      },
    });

    const hover = new HoverController(window, {
      openDelay: OPEN_DELAY_MS,
      closeDelay: CLOSE_DELAY_MS,
      hitTest: (x, y) => index.at(doc, x, y, shadowRoots),
      isOwnUi: (target) => ui !== null && target === ui.host,
      open: (mention) => showCard(mention),
      close: () => {
        CSS.highlights.delete(FOCUS_HIGHLIGHT);
        if (ui) {
          render(null, ui.mount);
          ui.live.textContent = '';
        }
      },
    });

    const openStory = () => {
      const message: OpenStory = { type: 'backstory:open-story' };
      browser.runtime.sendMessage(message).catch(() => {});
    };

    let announceNext = false;
    const showCard = (mention: PageMention) => {
      const announce = announceNext;
      announceNext = false;
      ui = ensureUiHost(doc, ui);
      const known = knowledge.entities[mention.mention.entity]!;
      render(
        <Tooltip
          id={TOOLTIP_ID}
          entity={known.entity}
          pack={known.pack}
          match={{ text: mention.text, how: mention.mention.how, alias: mention.mention.rule.text }}
          anchor={liveRange(mention)}
          theme={pageTheme(doc)}
          onOpenStory={openStory}
        />,
        ui.mount,
      );
      // The pointer user sees the card; the keyboard user may be listening for it.
      ui.live.textContent = announce ? `${known.entity.name}: ${known.entity.description}` : '';
    };

    // Keyboard: the shortcuts step through the mentions in document order.
    let ordered: PageMention[] | null = null;
    let focusIndex = -1;
    const step = (direction: 'next' | 'previous') => {
      ordered ??= [...mentions].sort(byDocumentPosition);
      if (ordered.length === 0) return;
      const n = ordered.length;
      focusIndex = direction === 'next' ? (focusIndex + 1) % n : (focusIndex - 1 + n) % n;
      const mention = ordered[focusIndex]!;
      mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(mention.range));
      // Open after the scroll has been laid out, so the card is placed beside the words.
      requestAnimationFrame(() => {
        announceNext = true;
        hover.show(mention);
      });
    };

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const message = parseMessage(raw);
      if (message?.type === 'backstory:get-mentions') return Promise.resolve(reply());
      if (message?.type === 'backstory:step-mention') step(message.direction);
      return undefined;
    });

    // Pages keep changing after load: each change is rescanned where it happened; a new
    // address (client-side navigation) is read again whole.
    let lastUrl = location.href;
    const observer = new MutationObserver((records) => {
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        scanner.scanAll();
        return;
      }
      for (const record of records) {
        if (ui && (record.target === ui.host || isOnlyOurHost(record, ui))) continue;
        if (record.type === 'characterData') {
          scanner.changed(record.target);
          continue;
        }
        for (const node of record.addedNodes) scanner.changed(node.nodeType === Node.ELEMENT_NODE ? node : record.target);
        if (record.removedNodes.length > 0) scanner.changed(record.target);
      }
    });
    const onNavigation = () => {
      lastUrl = location.href;
      scanner.scanAll();
    };

    const start = () => {
      scanner.scanAll();
      // The document itself, not its root element: document.open() and document.write() (as in
      // script-built about:blank frames) replace the root element.
      observer.observe(doc, OBSERVED);
      window.addEventListener('popstate', onNavigation);
      window.addEventListener('hashchange', onNavigation);
    };
    // A tab opened in the background is read when the reader first looks at it.
    if (doc.visibilityState === 'hidden') {
      const onVisible = () => {
        if (doc.visibilityState === 'hidden') return;
        doc.removeEventListener('visibilitychange', onVisible);
        start();
      };
      doc.addEventListener('visibilitychange', onVisible);
    } else {
      start();
    }

    const detachHover = hover.attach();
    ctx.onInvalidated(() => {
      observer.disconnect();
      detachHover();
      window.removeEventListener('popstate', onNavigation);
      window.removeEventListener('hashchange', onNavigation);
      highlighter.clear();
      CSS.highlights.delete(FOCUS_HIGHLIGHT);
      if (ui) {
        render(null, ui.mount);
        ui.host.remove();
      }
    });
  },
});

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function sameMention(a: PageMention, b: PageMention): boolean {
  return (
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}

function byDocumentPosition(a: PageMention, b: PageMention): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  return a.range.startContainer.compareDocumentPosition(b.range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function isOnlyOurHost(record: MutationRecord, ui: UiHost): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n === ui.host);
}

/** A live range over the mention's words, for measuring where they are now. */
function liveRange(mention: PageMention): Range {
  const range = document.createRange();
  range.setStart(mention.range.startContainer, mention.range.startOffset);
  range.setEnd(mention.range.endContainer, mention.range.endOffset);
  return range;
}

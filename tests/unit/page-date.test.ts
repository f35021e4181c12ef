/** The day a page says it was published, read the ways news sites say it. */
import { describe, expect, it } from 'vitest';
import { dayOf, pageDate } from '../../lib/page/page-date';

const NOW = new Date('2026-12-06T12:00:00Z');

function dateOf(head: string, body = ''): string | null {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return pageDate(document, NOW);
}

describe('pageDate', () => {
  it('reads the Open Graph published time, in the page’s own time zone', () => {
    expect(dateOf('<meta property="article:published_time" content="2026-02-14T23:30:00-05:00">')).toBe('2026-02-14');
  });

  it('prefers the published time to a plain "date", which is often the last change', () => {
    expect(dateOf('<meta name="date" content="2026-06-01"><meta property="article:published_time" content="2026-05-12">')).toBe('2026-05-12');
  });

  it('reads JSON-LD, the article before what it cites, and skips broken data', () => {
    const ld = JSON.stringify({ '@graph': [{ '@type': 'NewsArticle', datePublished: '2019-06-20T08:00:00Z', citation: { datePublished: '2001-01-01' } }] });
    expect(dateOf(`<script type="application/ld+json">{broken</script><script type="application/ld+json">${ld}</script>`)).toBe('2019-06-20');
  });

  it('reads a <time> in the article’s header', () => {
    expect(dateOf('', '<article><header><h1>Title</h1><time datetime="2026-03-09">9 March</time></header><p>Text.</p></article>')).toBe('2026-03-09');
  });

  it('reads a byline’s <time> outside any header, and a page’s only <time>', () => {
    expect(dateOf('', '<div class="byline">AP <time class="date" datetime="2016-12-01T23:29:49.000Z">December 2, 2016</time></div>')).toBe('2016-12-01');
    expect(dateOf('', '<p>Posted <time datetime="2021-04-05">5 April</time></p>')).toBe('2021-04-05');
    expect(dateOf('', '<p><time datetime="2021-04-05">a</time> and <time datetime="2022-01-01">b</time></p>')).toBeNull();
  });

  it('says nothing when the page does not say, or says something impossible', () => {
    expect(dateOf('', '<p>No date here.</p>')).toBeNull();
    expect(dateOf('<meta property="article:published_time" content="2015-02-31">')).toBeNull();
    expect(dateOf('<meta property="article:published_time" content="2031-01-01">')).toBeNull();
    expect(dateOf('<meta property="article:published_time" content="yesterday">')).toBeNull();
  });
});

describe('dayOf', () => {
  it('reads ISO dates, compact ones and what Date reads', () => {
    expect(dayOf('2026-02-14', 2027)).toBe('2026-02-14');
    expect(dayOf('20260214', 2027)).toBe('2026-02-14');
    expect(dayOf('February 14, 2026', 2027)).toBe('2026-02-14');
    expect(dayOf('1989-13-01', 2027)).toBeNull();
  });
});

/**
 * Whether a page is dark or light where it matters for our card: the background the reader
 * sees. A page with no background of its own follows the system preference (null).
 */
export function pageTheme(doc: Document): 'light' | 'dark' | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseColor(view.getComputedStyle(el).backgroundColor);
    if (rgb && rgb.alpha > 0.5) return luminance(rgb) < 0.4 ? 'dark' : 'light';
  }
  return null;
}

interface Rgb {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

function parseColor(value: string): Rgb | null {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!match) return null;
  const alphaText = match[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), alpha };
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
function luminance({ r, g, b }: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, repairSettings, siteOf } from '../../lib/settings';

describe('repairSettings', () => {
  it('gives the defaults for nothing stored, resetting nothing', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  it('keeps valid fields and resets only the corrupt ones', () => {
    const { settings, reset } = repairSettings({
      enabled: 'yes',
      highlightStyle: 'background',
      hoverDelayMs: -5,
      disabledSites: ['Example.COM', 'example.com', 'news.test:8080'],
      types: ['person', 'planet'],
    });
    expect(settings.highlightStyle).toBe('background');
    expect(settings.disabledSites).toEqual(['example.com', 'news.test:8080']);
    expect(settings.enabled).toBe(true);
    expect(settings.hoverDelayMs).toBe(150);
    expect(settings.types).toEqual(DEFAULT_SETTINGS.types);
    expect(reset.sort()).toEqual(['enabled', 'hoverDelayMs', 'types']);
  });

  it('resets everything, and says so, when storage holds something that is not settings at all', () => {
    const { settings, reset } = repairSettings('garbage');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(reset).toContain('enabled');
  });
});

describe('sites', () => {
  it('reads the host of a page, and none for pages without one', () => {
    expect(siteOf('https://News.Example.com/a?b')).toBe('news.example.com');
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1:8080');
    expect(siteOf('about:blank')).toBeNull();
  });

  it('is off on a disabled site and everywhere when turned off', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isActiveOn(settings, 'example.com')).toBe(false);
    expect(isActiveOn(settings, 'other.com')).toBe(true);
    expect(isActiveOn({ ...settings, enabled: false }, 'other.com')).toBe(false);
  });
});

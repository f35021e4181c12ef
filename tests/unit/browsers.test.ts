// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { findExecutable } from '../e2e/harness/browsers';

describe('finding the browsers for end-to-end tests', () => {
  const saved = process.env.FIREFOX_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.FIREFOX_PATH;
    else process.env.FIREFOX_PATH = saved;
  });

  it('fails with what to install when a browser is missing, instead of skipping', () => {
    process.env.FIREFOX_PATH = '/nonexistent/firefox';
    expect(() => findExecutable('firefox')).toThrow(/apt-get install -y firefox-esr.*FIREFOX_PATH/);
  });

  it('uses the path given in the environment', () => {
    process.env.FIREFOX_PATH = process.execPath;
    expect(findExecutable('firefox')).toBe(process.execPath);
  });
});

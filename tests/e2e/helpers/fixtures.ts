/**
 * The one test API for browser specs (vitest `test.extend` fixtures):
 * - `baseURL`: the built app served by global-setup;
 * - `browser`: one Chromium per spec file, closed after the file's last test;
 * - `origins`: the origins a page may request (the app's; a spec with a second origin overrides it);
 * - `openPage(options?)`: a page in a new context; after the test every context is closed, even when
 *   the test failed, and then every log must be clean (no page errors, console errors or CSP
 *   violations, no request off `origins`);
 * - `page` and `log`: one default page (1280 × 720) opened with `openPage`, and its log.
 */
import { expect, inject, test as base } from 'vitest';
import { launchBrowser, logProblems, openPage, type Page, type PageLog, type PageOptions } from './browser';

export interface OpenedPage {
  page: Page;
  log: PageLog;
}

export const test = base
  .extend('baseURL', { scope: 'file' }, () => inject('baseURL'))
  // vitest reads the fixtures a fixture needs from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('origins', ({ baseURL }): readonly string[] => [new URL(baseURL).origin])
  .extend('openPage', ({ browser, origins }, { onCleanup }) => {
    const opened: OpenedPage[] = [];
    onCleanup(async () => {
      await Promise.allSettled(opened.map(({ page }) => page.context().close()));
      opened.forEach(({ log }, i) => {
        expect(logProblems(log, origins), `page ${i + 1} of this test left a dirty log`).toEqual({ pageErrors: [], consoleErrors: [], cspViolations: [], foreignRequests: [] });
      });
    });
    return async (options?: PageOptions): Promise<OpenedPage> => {
      const r = await openPage(browser, options);
      opened.push(r);
      return r;
    };
  })
  .extend('opened', ({ openPage: open }) => open())
  .extend('page', ({ opened }) => opened.page)
  .extend('log', ({ opened }) => opened.log);

export { describe, expect } from 'vitest';

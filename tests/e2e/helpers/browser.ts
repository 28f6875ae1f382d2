/**
 * The only file that imports playwright-core. Drives Debian's Chromium (never a downloaded browser)
 * with software WebGL, and blocks every host but loopback so a stray request fails loudly.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export type { Browser, Page };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface PageLog {
  consoleErrors: string[];
  /** Content-Security-Policy violations reported in the page (directive and blocked URI). */
  cspViolations: string[];
  pageErrors: string[];
  /** Every http(s) request the page and its workers made. */
  requests: string[];
  failedRequests: string[];
}

export async function openPage(browser: Browser, viewport = { width: 1280, height: 720 }): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], cspViolations: [], pageErrors: [], requests: [], failedRequests: [] };
  await page.exposeFunction('__reportCsp', (v: string) => log.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
    if (/Content.Security.Policy/iu.test(m.text())) log.cspViolations.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(e.message));
  context.on('request', (r) => {
    if (/^https?:/u.test(r.url())) log.requests.push(r.url());
  });
  context.on('requestfailed', (r) => log.failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  return { page, log };
}

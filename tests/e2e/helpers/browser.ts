/**
 * The only file that imports playwright-core. Drives Debian's Chromium (never a downloaded browser)
 * with software WebGL, and blocks every host but loopback so a stray request fails loudly.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

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

/** What a test may choose for its page: size and touch (everything else is fixed for every test). */
export type PageOptions = Pick<BrowserContextOptions, 'viewport' | 'hasTouch' | 'isMobile'>;

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

/**
 * A page in a new context (1280 × 720 unless `options` say otherwise) and the log it fills. The log
 * listens on the context, so a second window the test opens in it (the presenter view) is watched too.
 */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options, deviceScaleFactor: 1 });
  const log: PageLog = { consoleErrors: [], cspViolations: [], pageErrors: [], requests: [], failedRequests: [] };
  await context.exposeFunction('__reportCsp', (v: string) => log.cspViolations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  context.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
    if (/Content.Security.Policy/iu.test(m.text())) log.cspViolations.push(m.text());
  });
  context.on('weberror', (e) => log.pageErrors.push(e.error().message));
  context.on('request', (r) => {
    if (/^https?:/u.test(r.url())) log.requests.push(r.url());
  });
  context.on('requestfailed', (r) => log.failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  return { page: await context.newPage(), log };
}

/** What the log holds that a clean run must not: page errors, console errors, CSP violations, requests off `origins`. */
export function logProblems(log: PageLog, origins: readonly string[]): Omit<PageLog, 'requests' | 'failedRequests'> & { foreignRequests: string[] } {
  return {
    pageErrors: log.pageErrors,
    consoleErrors: log.consoleErrors,
    cspViolations: log.cspViolations,
    foreignRequests: log.requests.filter((u) => !origins.includes(new URL(u).origin)),
  };
}

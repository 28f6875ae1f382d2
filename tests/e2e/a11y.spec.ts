/** Accessibility: axe-core's WCAG 2.x A/AA rules find no serious or critical violation in five views. */
import { detailsTitle, openAtlas } from './driver';
import { axeViolations, formatViolations, seriousViolations } from './helpers/axe';
import { describe, expect, test } from './helpers/fixtures';

describe('accessibility (axe-core, WCAG 2.x A and AA)', () => {
  test.for([
    { view: 'the explore view', path: '' },
    { view: 'a selected corridor', path: '#sel=china-europe-rail' },
    { view: 'Chinese with the light theme', path: '?lang=zh&theme=light' },
    { view: 'the table dialog', path: '', open: '#table-toggle' },
    { view: 'present mode (start screen)', path: '?mode=present' },
  ])('given $view, axe finds no serious or critical violation', async ({ path, open }, { page, baseURL, annotate }) => {
    expect(await openAtlas(page, baseURL, path)).toBe('ready');
    if (path.includes('sel=')) expect(await detailsTitle(page)).toBe('China-Europe Railway Express (Yuxinou)');
    if (open) {
      await page.locator(open).click();
      expect(await page.locator('#table-dialog').isVisible()).toBe(true);
    }
    const violations = await axeViolations(page);
    const serious = seriousViolations(violations);
    const minor = violations.filter((v) => !serious.includes(v));
    if (minor.length > 0) await annotate(`moderate or minor:\n${formatViolations(minor)}`);
    expect(serious, `serious or critical violations:\n${formatViolations(serious)}`).toEqual([]);
  });
});

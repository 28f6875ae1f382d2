/** The sample _headers carries exactly the CSP the app is tested under, and no X-Frame-Options. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../config/csp';
import { parseAllowlist } from '../../src/embed/protocol';

const headers = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

describe('public/_headers', () => {
  it('sends the tested Content-Security-Policy for every route', () => {
    expect(headers).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
  });
  it('never sends X-Frame-Options (it would break embedding)', () => {
    expect(headers.split('\n').filter((l) => !l.startsWith('#')).join('\n')).not.toMatch(/X-Frame-Options/iu);
  });
  it('ships an allowlist that lets any origin send view commands by default', () => {
    expect(parseAllowlist(JSON.parse(readFileSync(new URL('../../public/embed-origins.json', import.meta.url), 'utf8')))).toEqual(['*']);
  });
});

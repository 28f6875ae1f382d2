import { describe, expect, it } from 'vitest';
import { parseSoakFlags } from '../../scripts/lib/soak-run';

describe('soak flags', () => {
  it('defaults to 300 changes, 2 s dwell, a sample every 50 and a loss every 100', () => {
    expect(parseSoakFlags([])).toEqual({ changes: 300, dwell: 2, every: 50, loseEvery: 100, skipBuild: false });
  });

  it('reads every flag, with a space or an equals sign', () => {
    expect(parseSoakFlags(['--changes', '40', '--dwell=3', '--every', '9', '--lose-every', '20', '--skip-build'])).toEqual({
      changes: 40, dwell: 3, every: 9, loseEvery: 20, skipBuild: true,
    });
  });

  it('fails on an unknown flag instead of ignoring a typo', () => {
    expect(() => parseSoakFlags(['--chnages', '5'])).toThrow(/Unknown option '--chnages'/u);
  });

  it('fails on a flag without its value', () => {
    expect(() => parseSoakFlags(['--changes'])).toThrow(/argument missing/u);
    expect(() => parseSoakFlags(['--changes', '--dwell', '2'])).toThrow(/ambiguous/u);
  });

  it('fails on values that are not positive numbers', () => {
    expect(() => parseSoakFlags(['--changes', 'many'])).toThrow('--changes needs a positive number, got "many"');
    expect(() => parseSoakFlags(['--dwell', '0'])).toThrow('--dwell needs a positive number, got "0"');
    expect(() => parseSoakFlags(['--lose-every='])).toThrow('--lose-every needs a positive number, got ""');
  });

  it('takes no positional arguments', () => {
    expect(() => parseSoakFlags(['40'])).toThrow(/Unexpected argument '40'/u);
  });
});

import { describe, expect, it } from 'vitest';
import { locatorFor, skipTargetKey, type FocusDescriptor } from './focus';

const d = (over: Partial<FocusDescriptor>): FocusDescriptor => ({ id: '', tag: 'button', data: {}, containerId: null, ...over });

describe('locatorFor (finding the opener again after its list re-rendered)', () => {
  it('uses the id when the element has one', () => {
    expect(locatorFor(d({ id: 'search-input' }))).toBe('#search-input');
  });
  it('uses the container id and the data key of a list button', () => {
    expect(locatorFor(d({ data: { corridor: 'china-europe-rail' }, containerId: 'corridor-list' }))).toBe('#corridor-list button[data-corridor="china-europe-rail"]');
    expect(locatorFor(d({ data: { fact: 'lsc-ports-2022-09' }, containerId: 'headline' }))).toBe('#headline button[data-fact="lsc-ports-2022-09"]');
  });
  it('gives null for what cannot be found again or is unsafe in a selector', () => {
    expect(locatorFor(d({}))).toBeNull();
    expect(locatorFor(d({ data: { corridor: 'x' } }))).toBeNull();
    expect(locatorFor(d({ data: { corridor: 'a"] *' }, containerId: 'corridor-list' }))).toBeNull();
    expect(locatorFor(d({ id: 'a b' }))).toBeNull();
  });
});

describe('skipTargetKey', () => {
  it('names the list where it is shown and the map otherwise (embed)', () => {
    expect(skipTargetKey(true)).toBe('skipToList');
    expect(skipTargetKey(false)).toBe('skipToMap');
  });
});

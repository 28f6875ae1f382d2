/**
 * The Measure button's first-view part: a toggle that loads the measure tool (src/measure and
 * measure-host.ts, one chunk of their own) on first use and then turns it on and off.
 */
import type { MeasureTool } from '../measure/measure-tool';
import type { Core } from './core';
import { warn } from './page';

export function measureToggle(core: Core, say: (text: string) => void): (button: HTMLButtonElement) => void {
  let tool: MeasureTool | null = null;
  let loading = false;
  return (button) => {
    if (tool) {
      tool.stop();
      return;
    }
    if (loading) return;
    loading = true;
    import('./measure-host').then(({ startMeasure }) => {
      button.setAttribute('aria-pressed', 'true');
      tool = startMeasure(core, say, (byButton) => {
        tool = null;
        button.setAttribute('aria-pressed', 'false');
        if (byButton) button.focus();
      });
    }, (err: unknown) => warn(`measure tool: ${String(err)}`)).finally(() => {
      loading = false;
    });
  };
}

/** The measure tool's host, built from the core (the map controller and the store); loaded with the tool. */
import { startMeasureTool, type MeasureTool } from '../measure/measure-tool';
import type { Core } from './core';

export function startMeasure(core: Core, say: (text: string) => void, onEnd: (byButton: boolean) => void): MeasureTool {
  const { controller, store, mapElement } = core;
  return startMeasureTool({
    stage: mapElement.parentElement ?? mapElement,
    map: mapElement,
    lang: () => store.getState().lang,
    onLang: (listener) => store.subscribe((s, prev) => {
      if (s.lang !== prev.lang) listener();
    }),
    project: (lngLat) => controller.project(lngLat),
    center: () => {
      const v = controller.getView();
      return [v.lng, v.lat];
    },
    onMove: (listener) => controller.onMove(listener),
    onClick: (listener) => controller.onClick(listener),
    setPicking: (enabled) => core.setPicking(enabled),
    announce: say,
    onEnd,
  });
}

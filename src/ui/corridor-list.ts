/** A plain list of the corridors: names and drawn lengths as text (never HTML from data). */
import type { AtlasModel } from '../model/schema';
import { MODE_NAMES } from './legend';

export function renderCorridorList(list: HTMLElement, model: AtlasModel): void {
  list.replaceChildren(...model.corridors.map((c) => {
    const li = document.createElement('li');
    li.dataset.corridor = c.id;
    const name = document.createElement('span');
    name.textContent = c.name.en;
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = `${c.modes.map((m) => MODE_NAMES[m]).join(', ')} · ${c.legs.length} ${c.legs.length === 1 ? 'leg' : 'legs'} · ${c.drawnKm.toLocaleString('en')} km drawn`;
    li.append(name, meta);
    return li;
  }));
}

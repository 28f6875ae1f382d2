/**
 * The import worker: reads a file (papaparse streams CSV in chunks, GeoJSON is read whole), checks
 * every row or feature, reports progress, and sends back the layer with its arcs' typed arrays
 * transferred, not copied. The page never parses, so a big or broken file never freezes it.
 */
import Papa from 'papaparse';
import { createFlowReader, detectColumns, type FlowReader } from './csv-flows';
import { createLayerBuilder, type LayerContent, type Position } from './imported-layer';
import { fileKind, MAX_FILE_BYTES } from './limits';
import { parseGeoJsonText } from './parse-geojson';
import type { RowError } from './row-error';
import type { ImportJob, WorkerReply } from './worker-messages';

const post = (reply: WorkerReply, transfer: Transferable[] = []): void => self.postMessage(reply, { transfer });

function done(content: LayerContent): void {
  const fileError = content.errors.find((e) => e.unit === 'file' && (e.problem === 'too-many' || e.problem === 'json' || e.problem === 'columns'));
  if (fileError) {
    post({ type: 'refused', error: fileError });
    return;
  }
  const { source, target, weight } = content.arcs;
  post({ type: 'done', content }, [source.buffer, target.buffer, weight.buffer]);
}

function refuse(error: RowError): void {
  post({ type: 'refused', error });
}

/** CSV from a File (streamed) or a string. */
function parseCsv(input: File | string, places: ReadonlyMap<string, Position>): void {
  const out = createLayerBuilder(4096);
  const total = typeof input === 'string' ? input.length : input.size;
  let reader: FlowReader | null = null;
  let next = 1;
  let header = true;
  Papa.parse<string[]>(input, {
    header: false,
    skipEmptyLines: 'greedy',
    chunkSize: 1024 * 1024,
    chunk(results, parser) {
      let rows = results.data;
      if (header) {
        header = false;
        const head = rows[0] ?? [];
        const columns = detectColumns(head);
        if (!columns) {
          parser.abort();
          refuse({ unit: 'file', n: 0, field: 'file', problem: 'columns', value: head.join(',').slice(0, 120) });
          reader = null;
          return;
        }
        reader = createFlowReader(columns, places, out);
        rows = rows.slice(1);
      }
      if (!reader) return;
      const more = reader.rows(rows, next);
      next += rows.length;
      post({ type: 'progress', fraction: Math.min(1, results.meta.cursor / Math.max(1, total)) });
      if (!more) parser.abort();
    },
    complete() {
      if (reader) done(out.finish());
    },
    error(err) {
      refuse({ unit: 'file', n: 0, field: 'file', problem: 'json', value: err.message.slice(0, 80) });
    },
  });
}

async function run(job: ImportJob): Promise<void> {
  const places = new Map(job.places);
  if (job.kind === 'file') {
    if (job.file.size > MAX_FILE_BYTES) {
      refuse({ unit: 'file', n: 0, field: 'file', problem: 'too-big', value: `${MAX_FILE_BYTES / 1024 / 1024} MB` });
      return;
    }
    if (fileKind(job.file.name, job.file.type) === 'csv') {
      parseCsv(job.file, places);
      return;
    }
    post({ type: 'progress', fraction: 0.05 });
    const text = await job.file.text();
    post({ type: 'progress', fraction: 0.3 });
    done(parseGeoJsonText(text, (d, t) => post({ type: 'progress', fraction: 0.3 + (0.7 * d) / Math.max(1, t) })));
    return;
  }
  if (job.format === 'csv') parseCsv(job.text, places);
  else done(parseGeoJsonText(job.text));
}

self.onmessage = (e: MessageEvent<ImportJob>) => {
  run(e.data).catch((err: unknown) => refuse({ unit: 'file', n: 0, field: 'file', problem: 'json', value: (err instanceof Error ? err.message : String(err)).slice(0, 80) }));
};

/**
 * The encoder: WebCodecs through Mediabunny, into memory. A CanvasSource takes the composed frame with
 * an explicit timestamp, so frames are placed on the virtual clock, not on when they were drawn.
 */
import { BufferTarget, CanvasSource, canEncodeVideo, Mp4OutputFormat, Output, QUALITY_HIGH, WebMOutputFormat } from 'mediabunny';
import { chooseCodec, type CodecChoice } from './codec';

export interface Encoder {
  readonly choice: CodecChoice;
  /** Encode the canvas as it is now, at `timestamp` seconds for `duration` seconds (waits for the encoder). */
  add(timestamp: number, duration: number): Promise<void>;
  finish(): Promise<Blob>;
  cancel(): Promise<void>;
}

/** The codec this browser can encode at `width` x `height`, or null (no WebCodecs encoder at all). */
export function probeCodec(width: number, height: number, frameRate: number): Promise<CodecChoice | null> {
  if (typeof VideoEncoder === 'undefined') return Promise.resolve(null);
  return chooseCodec((codec) => canEncodeVideo(codec, { width, height, frameRate, quality: QUALITY_HIGH }));
}

export async function createEncoder(canvas: HTMLCanvasElement | OffscreenCanvas, choice: CodecChoice, frameRate: number): Promise<Encoder> {
  const target = new BufferTarget();
  const format = choice.container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat();
  const output = new Output({ format, target });
  const source = new CanvasSource(canvas, { codec: choice.codec, quality: QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate });
  await output.start();
  return {
    choice,
    add: (timestamp, duration) => source.add(timestamp, duration),
    async finish() {
      source.close();
      await output.finalize();
      if (!target.buffer) throw new Error('the encoder produced no file');
      return new Blob([target.buffer], { type: choice.mimeType });
    },
    cancel: () => output.cancel(),
  };
}

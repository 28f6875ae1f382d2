/**
 * Which encoder to use, pure: H.264 in MP4 where the browser can encode it, else VP9, then VP8, in
 * WebM (Chromium's H.264 encoder depends on the build; VP8 and VP9 are always there).
 */
export type VideoContainer = 'mp4' | 'webm';
export type VideoCodecName = 'avc' | 'vp9' | 'vp8';

export interface CodecChoice {
  container: VideoContainer;
  codec: VideoCodecName;
  mimeType: string;
  extension: string;
}

export const CODEC_PREFERENCE: readonly CodecChoice[] = [
  { container: 'mp4', codec: 'avc', mimeType: 'video/mp4', extension: 'mp4' },
  { container: 'webm', codec: 'vp9', mimeType: 'video/webm', extension: 'webm' },
  { container: 'webm', codec: 'vp8', mimeType: 'video/webm', extension: 'webm' },
];

/** The first choice the probe accepts (probes run in order, one at a time), or null: no encoder. */
export async function chooseCodec(canEncode: (codec: VideoCodecName) => Promise<boolean>, preference: readonly CodecChoice[] = CODEC_PREFERENCE): Promise<CodecChoice | null> {
  for (const choice of preference) {
    try {
      if (await canEncode(choice.codec)) return choice;
    } catch {
      // A probe that throws (no WebCodecs at all) is a "no".
    }
  }
  return null;
}

/** How the result is named to the user: "H.264 (MP4)", "VP9 (WebM)". */
export function codecLabel(choice: Pick<CodecChoice, 'container' | 'codec'>): string {
  const name = choice.codec === 'avc' ? 'H.264' : choice.codec.toUpperCase();
  return `${name} (${choice.container === 'mp4' ? 'MP4' : 'WebM'})`;
}

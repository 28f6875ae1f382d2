import { describe, expect, it } from 'vitest';
import { chooseCodec, codecLabel, type VideoCodecName } from './codec';

const probe = (yes: VideoCodecName[]) => (c: VideoCodecName) => Promise.resolve(yes.includes(c));

describe('codec choice', () => {
  it('prefers H.264 in MP4, then VP9, then VP8 in WebM', async () => {
    expect(await chooseCodec(probe(['avc', 'vp9', 'vp8']))).toMatchObject({ container: 'mp4', codec: 'avc', extension: 'mp4' });
    expect(await chooseCodec(probe(['vp9', 'vp8']))).toMatchObject({ container: 'webm', codec: 'vp9', mimeType: 'video/webm' });
    expect(await chooseCodec(probe(['vp8']))).toMatchObject({ container: 'webm', codec: 'vp8' });
  });

  it('answers null when nothing encodes, also when a probe throws', async () => {
    expect(await chooseCodec(probe([]))).toBeNull();
    expect(await chooseCodec(() => Promise.reject(new Error('no VideoEncoder')))).toBeNull();
  });

  it('names the result for people', () => {
    expect(codecLabel({ container: 'mp4', codec: 'avc' })).toBe('H.264 (MP4)');
    expect(codecLabel({ container: 'webm', codec: 'vp9' })).toBe('VP9 (WebM)');
  });
});

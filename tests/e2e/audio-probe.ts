/**
 * Page instrumentation for the cue timing test: records which sound file each Web Audio source
 * plays and when (epoch milliseconds), by following each file from its download (XHR) through
 * decoding to `AudioBufferSourceNode.start`. It watches howler from outside; the app is unchanged.
 */
export const AUDIO_PROBE_SCRIPT = `(() => {
  const urlOfBytes = new WeakMap();
  const urlOfBuffer = new WeakMap();
  const probe = { decoded: [], plays: [] };
  Object.defineProperty(window, '__audioProbe', { value: probe });
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.addEventListener('load', () => {
      if (this.response instanceof ArrayBuffer) urlOfBytes.set(this.response, String(url));
    });
    return open.call(this, method, url, ...rest);
  };
  const decode = BaseAudioContext.prototype.decodeAudioData;
  BaseAudioContext.prototype.decodeAudioData = function (bytes, onSuccess, onError) {
    const url = urlOfBytes.get(bytes);
    const remember = (buffer) => {
      if (buffer && url) {
        urlOfBuffer.set(buffer, url);
        if (!probe.decoded.includes(url)) probe.decoded.push(url);
      }
      return buffer;
    };
    const result = decode.call(this, bytes, (buffer) => onSuccess && onSuccess(remember(buffer)), onError);
    return result && result.then ? result.then(remember) : result;
  };
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args) {
    probe.plays.push({ url: urlOfBuffer.get(this.buffer) || 'unknown', at: performance.timeOrigin + performance.now() });
    return start.apply(this, args);
  };
})();`;

/** What the probe recorded. */
export interface AudioProbe {
  decoded: string[];
  plays: { url: string; at: number }[];
}

/** The cue name of a served sound file (`/assets/tick-Ab12.ogg` is `tick`). */
export function soundOfUrl(url: string): string {
  return /\/([a-z]+)-[\w-]+\.ogg$/.exec(url)?.[1] ?? url;
}

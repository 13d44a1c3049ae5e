// Machine captioning: the microphone's audio as chunks of 16 kHz mono 16-bit PCM, a
// quarter of a second each (4000 samples), sent to the page. Audio at another rate is
// brought to 16 kHz by averaging the samples of each output sample's span.
class PcmChunks extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const rate = (options && options.processorOptions && options.processorOptions.rate) || 16000;
    this.step = rate / 16000;
    this.pos = 0;
    this.sum = 0;
    this.count = 0;
    this.buf = new Int16Array(4000);
    this.n = 0;
  }

  emit(s) {
    const v = Math.max(-1, Math.min(1, s));
    this.buf[this.n++] = v < 0 ? v * 0x8000 : v * 0x7fff;
    if (this.n === this.buf.length) {
      this.port.postMessage(this.buf.buffer, [this.buf.buffer]);
      this.buf = new Int16Array(4000);
      this.n = 0;
    }
  }

  process(inputs) {
    const ch = inputs[0] && inputs[0][0];
    if (!ch) return true;
    for (let i = 0; i < ch.length; i++) {
      if (this.step === 1) {
        this.emit(ch[i]);
        continue;
      }
      this.sum += ch[i];
      this.count++;
      this.pos += 1;
      if (this.pos >= this.step) {
        this.pos -= this.step;
        this.emit(this.sum / this.count);
        this.sum = 0;
        this.count = 0;
      }
    }
    return true;
  }
}

registerProcessor('pcm-chunks', PcmChunks);

using System.Text;

namespace Segmentation.Data.Csv;

/// <summary>
/// A UTF-8 decoder fallback that substitutes U+FFFD for invalid bytes, as the default does, and remembers that it did,
/// so the reader can name the first field holding a substitute instead of failing somewhere in a decoded block.
/// </summary>
internal sealed class InvalidByteTracker : DecoderFallback
{
    public const char Substitute = '\uFFFD';

    public bool SawInvalidBytes { get; private set; }

    public override int MaxCharCount => 1;

    public static Encoding CreateUtf8(out InvalidByteTracker tracker)
    {
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        tracker = new InvalidByteTracker();
        encoding.DecoderFallback = tracker;
        return encoding;
    }

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(InvalidByteTracker owner) : DecoderFallbackBuffer
    {
        private int _remaining;

        public override int Remaining => _remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.SawInvalidBytes = true;
            _remaining = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (_remaining == 0)
            {
                return '\0';
            }

            _remaining--;
            return Substitute;
        }

        public override bool MovePrevious()
        {
            if (_remaining != 0)
            {
                return false;
            }

            _remaining = 1;
            return true;
        }

        public override void Reset() => _remaining = 0;
    }
}

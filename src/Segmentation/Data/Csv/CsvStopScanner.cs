using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Data.Csv;

/// <summary>
/// Finds the characters that end or quote a CSV field (the separator, the quote, CR and LF) in a character buffer:
/// 32 characters are compared at once into a bit mask, and each call takes the next set bit, so a short field costs a
/// bit scan instead of a search of its own.
/// </summary>
internal struct CsvStopScanner(char separator)
{
    /// <summary>Characters the scanner may read past the end of the text; the buffer must have them.</summary>
    public const int Padding = WindowSize;

    private const int WindowSize = 32;

    private int _windowStart = int.MinValue;
    private uint _windowMask;

    /// <summary>Forgets the window, after the buffer was moved or refilled.</summary>
    public void Reset() => _windowStart = int.MinValue;

    /// <summary>
    /// The index of the first stop character at or after <paramref name="from"/> in <c>buffer[..length]</c>, or -1.
    /// <paramref name="buffer"/> must hold <see cref="Padding"/> characters past <paramref name="length"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(char[] buffer, int length, int from)
    {
        var offset = from - _windowStart;
        if ((uint)offset < WindowSize)
        {
            var bits = _windowMask & (uint.MaxValue << offset);
            if (bits != 0)
            {
                return _windowStart + BitOperations.TrailingZeroCount(bits);
            }

            from = _windowStart + WindowSize;
        }

        while (from < length)
        {
            var mask = Stops(buffer, from);
            if (length - from < WindowSize)
            {
                mask &= (1u << (length - from)) - 1;
            }

            _windowStart = from;
            _windowMask = mask;
            if (mask != 0)
            {
                return from + BitOperations.TrailingZeroCount(mask);
            }

            from += WindowSize;
        }

        return -1;
    }

    /// <summary>Bit i is set when <c>buffer[from + i]</c> is a stop character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly uint Stops(char[] buffer, int from)
    {
        Debug.Assert(from + WindowSize <= buffer.Length, "The buffer keeps padding past its text.");
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(buffer));
            var low = Vector256.LoadUnsafe(ref start, (nuint)from);
            var high = Vector256.LoadUnsafe(ref start, (nuint)from + 16);
            return Vector256.Narrow(Matches(low), Matches(high)).ExtractMostSignificantBits();
        }

        var mask = 0u;
        for (var i = 0; i < WindowSize; i++)
        {
            if (buffer[from + i] is '"' or '\r' or '\n' || buffer[from + i] == separator)
            {
                mask |= 1u << i;
            }
        }

        return mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Vector256<ushort> Matches(Vector256<ushort> characters) =>
        Vector256.Equals(characters, Vector256.Create((ushort)separator))
        | Vector256.Equals(characters, Vector256.Create((ushort)'"'))
        | Vector256.Equals(characters, Vector256.Create((ushort)'\r'))
        | Vector256.Equals(characters, Vector256.Create((ushort)'\n'));
}

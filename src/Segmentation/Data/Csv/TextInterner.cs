using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Segmentation.Data.Csv;

/// <summary>
/// Keeps one string per distinct cell text of a column: an open-addressing table keyed by a span, whose hash reads
/// only the length and the first and last eight characters (a constant cost, however long the text); equal hashes
/// are confirmed by comparing the whole text.
/// </summary>
internal sealed class TextInterner
{
    private const int InitialSlots = 1 << 10;

    private string?[] _strings = new string?[InitialSlots];
    private int[] _hashes = new int[InitialSlots];
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Intern(ReadOnlySpan<char> text)
    {
        var hash = Hash(text);
        var mask = _strings.Length - 1;
        var slot = hash & mask;
        while (_strings[slot] is { } existing)
        {
            if (_hashes[slot] == hash && text.SequenceEqual(existing))
            {
                return existing;
            }

            slot = (slot + 1) & mask;
        }

        var added = text.ToString();
        _strings[slot] = added;
        _hashes[slot] = hash;
        if (++_count * 2 > _strings.Length)
        {
            Grow();
        }

        return added;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> text)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var bytes = MemoryMarshal.AsBytes(text);
        ulong first, last;
        if (bytes.Length >= 16)
        {
            first = (MemoryMarshal.Read<ulong>(bytes) * Multiplier) ^ MemoryMarshal.Read<ulong>(bytes[8..]);
            last = (MemoryMarshal.Read<ulong>(bytes[^16..]) * Multiplier) ^ MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else if (bytes.Length >= 8)
        {
            first = MemoryMarshal.Read<ulong>(bytes);
            last = MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else
        {
            first = 0;
            foreach (var character in text)
            {
                first = (first << 16) | character;
            }

            last = 0;
        }

        var mixed = ((first * Multiplier) ^ last ^ (ulong)text.Length) * Multiplier;
        return (int)(mixed >> 33) & int.MaxValue;
    }

    private void Grow()
    {
        var strings = _strings;
        var hashes = _hashes;
        _strings = new string?[strings.Length * 2];
        _hashes = new int[strings.Length * 2];
        var mask = _strings.Length - 1;
        for (var i = 0; i < strings.Length; i++)
        {
            if (strings[i] is { } kept)
            {
                var slot = hashes[i] & mask;
                while (_strings[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                _strings[slot] = kept;
                _hashes[slot] = hashes[i];
            }
        }
    }
}

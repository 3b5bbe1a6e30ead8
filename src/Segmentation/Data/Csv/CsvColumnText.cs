using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Data.Csv;

/// <summary>
/// The cell texts of one column, back to back in one pooled character buffer with the end of each cell, so that
/// loading a column costs no string per cell. Typing reads the cells as spans; <see cref="Dispose"/> returns the buffers.
/// </summary>
internal sealed class CsvColumnText : IDisposable
{
    private const int InitialCharacters = 1 << 12;
    private const int InitialCells = 1 << 10;

    private char[] _characters = ArrayPool<char>.Shared.Rent(InitialCharacters);
    private int[] _ends = ArrayPool<int>.Shared.Rent(InitialCells);
    private int _length;

    /// <summary>Gets the number of cells.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the text of cell <paramref name="row"/>.</summary>
    public ReadOnlySpan<char> this[int row]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var start = row == 0 ? 0 : _ends[row - 1];
            return _characters.AsSpan(start, _ends[row] - start);
        }
    }

    /// <summary>Gets the number of characters of all cells.</summary>
    public int CharacterCount => _length;

    /// <summary>Makes room for <paramref name="cells"/> cells of <paramref name="characters"/> characters in all.</summary>
    public void Reserve(int cells, int characters)
    {
        if (_ends.Length < cells)
        {
            _ends = Grow(_ends, Count, cells);
        }

        if (_characters.Length < characters)
        {
            _characters = Grow(_characters, _length, characters);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ReadOnlySpan<char> text)
    {
        if (Count == _ends.Length)
        {
            _ends = Grow(_ends, Count, Count + 1);
        }

        if (_characters.Length - _length < text.Length)
        {
            _characters = Grow(_characters, _length, _length + text.Length);
        }

        Copy(text, _characters.AsSpan(_length));
        _length += text.Length;
        _ends[Count++] = _length;
    }

    /// <summary>
    /// Copies a short cell with two overlapping loads and stores of 8, 16 or 32 bytes, inline; a cell is usually a few
    /// characters, for which a call to the general copy costs more than the copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(ReadOnlySpan<char> source, Span<char> destination)
    {
        Debug.Assert(destination.Length >= source.Length, "The caller made room.");
        var length = source.Length;
        ref var from = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(source));
        ref var to = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(destination));
        var bytes = (nuint)length * sizeof(char);
        if (length > 16)
        {
            source.CopyTo(destination);
        }
        else if (length >= 8)
        {
            var head = Unsafe.ReadUnaligned<Vector128<byte>>(ref from);
            var tail = Unsafe.ReadUnaligned<Vector128<byte>>(ref Unsafe.Add(ref from, bytes - 16));
            Unsafe.WriteUnaligned(ref to, head);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, bytes - 16), tail);
        }
        else if (length >= 4)
        {
            var head = Unsafe.ReadUnaligned<ulong>(ref from);
            var tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, bytes - 8));
            Unsafe.WriteUnaligned(ref to, head);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, bytes - 8), tail);
        }
        else
        {
            for (var i = 0; i < length; i++)
            {
                destination[i] = source[i];
            }
        }
    }

    /// <summary>Returns the buffers to the pool; a second call does nothing.</summary>
    public void Dispose()
    {
        if (_ends.Length == 0)
        {
            return;
        }

        ArrayPool<char>.Shared.Return(_characters);
        ArrayPool<int>.Shared.Return(_ends);
        _characters = [];
        _ends = [];
        _length = 0;
        Count = 0;
    }

    private static T[] Grow<T>(T[] array, int used, int needed)
    {
        var grown = ArrayPool<T>.Shared.Rent((int)Math.Clamp(Math.Max(needed, array.Length * 2L), needed, Array.MaxLength));
        array.AsSpan(0, used).CopyTo(grown);
        ArrayPool<T>.Shared.Return(array);
        return grown;
    }
}

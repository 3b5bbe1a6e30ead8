using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Segmentation.Data.Csv;

/// <summary>
/// Reads an inner reader on a background thread, a few blocks ahead of the caller, so that inflating gzip and decoding
/// UTF-8 run on one core while the records are split and stored on another. An exception of the inner reader
/// (corrupt gzip data) is thrown to the caller in its place in the text. Disposing stops the thread, waits for it and
/// then disposes the inner reader.
/// </summary>
internal sealed class ReadAheadTextReader : TextReader
{
    private const int BlockSize = 1 << 16;
    private const int BlocksAhead = 4;

    private readonly TextReader _inner;
    private readonly BlockingCollection<Block> _filled = new(BlocksAhead);
    private readonly ConcurrentBag<char[]> _empty = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private Block _current = new([], 0, null);
    private int _position;
    private bool _finished;
    private bool _disposed;

    public ReadAheadTextReader(TextReader inner)
    {
        _inner = inner;
        _thread = new Thread(Fill) { IsBackground = true, Name = "CSV read-ahead" };
        _thread.Start();
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position == _current.Length && !NextBlock())
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, _current.Length - _position);
        _current.Characters.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override int Peek() => _position == _current.Length && !NextBlock() ? -1 : _current.Characters[_position];

    public override int Read()
    {
        var next = Peek();
        if (next >= 0)
        {
            _position++;
        }

        return next;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _stop.Cancel();
            _thread.Join();
            _inner.Dispose();
            _filled.Dispose();
            _stop.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool NextBlock()
    {
        if (_finished)
        {
            return false;
        }

        if (_current.Characters.Length > 0)
        {
            _empty.Add(_current.Characters);
        }

        _current = _filled.Take();
        _position = 0;
        _finished = _current.Length == 0;
        _current.Error?.Throw();
        return !_finished;
    }

    /// <summary>
    /// Fills blocks until the inner reader ends (an empty block marks the end) or fails (the text read before the
    /// failure, then the failure), or until disposed.
    /// </summary>
    private void Fill()
    {
        try
        {
            while (true)
            {
                var characters = Array.Empty<char>();
                var length = 0;
                ExceptionDispatchInfo? error = null;
                try
                {
                    characters = _empty.TryTake(out var reused) ? reused : new char[BlockSize];
                    int read;
                    while (length < characters.Length && (read = _inner.Read(characters, length, characters.Length - length)) > 0)
                    {
                        length += read;
                    }
                }
                catch (Exception failure)
                {
                    error = ExceptionDispatchInfo.Capture(failure);
                }

                if (length > 0)
                {
                    _filled.Add(new Block(characters, length, null), _stop.Token);
                }

                if (error is not null || length == 0)
                {
                    _filled.Add(new Block([], 0, error), _stop.Token);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The caller stopped reading.
        }
    }

    private readonly record struct Block(char[] Characters, int Length, ExceptionDispatchInfo? Error);
}

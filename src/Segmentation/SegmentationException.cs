namespace Segmentation;

/// <summary>
/// The base of every exception the library throws for a problem with data, a model file or a fitted model,
/// so that a caller can catch one type. Programming mistakes (a null argument, a negative count) are the usual
/// <see cref="ArgumentException"/> family instead.
/// </summary>
public class SegmentationException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public SegmentationException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, quoting the values involved.</param>
    public SegmentationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong, quoting the values involved.</param>
    /// <param name="innerException">The cause.</param>
    public SegmentationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
